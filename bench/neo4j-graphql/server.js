// The comparison peer of PlannerBenchmark: GovGraph's graph served by the Neo4j GraphQL Library
// (@neo4j/graphql) on Apollo Server, reading the same Neo4j over Bolt.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=0 node server.js
//
// Prints one line "listening on http://127.0.0.1:<port>/" once it answers, so the benchmark can
// find the port. NEO4J_USER/NEO4J_PASSWORD are used when set (the embedded store has no auth).
import fs from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const auth = process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? "") : undefined;
// The same pool size as the Java side's driver (100, neo4j-java-driver's default).
const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 100 });
await driver.verifyConnectivity();

const typeDefs = fs.readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
	listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 0) },
	context: async () => ({}),
});
console.log(`listening on ${url}`);

for (const signal of ["SIGTERM", "SIGINT"]) {
	process.on(signal, async () => {
		await server.stop();
		await driver.close();
		process.exit(0);
	});
}
