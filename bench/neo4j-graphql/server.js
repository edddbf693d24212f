// The comparison peer of PlannerBenchmark: GovGraph's graph served by the Neo4j GraphQL Library
// (@neo4j/graphql) on Apollo Server, reading the same Neo4j over Bolt.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=0 node server.js
//
// Node runs JavaScript on one thread, so the peer forks one worker per core (WORKERS overrides),
// all serving one port, as the Java side uses every core too. Prints one line
// "listening on http://127.0.0.1:<port>/" once every worker answers, so the benchmark can find
// the port. NEO4J_USER/NEO4J_PASSWORD are used when set (the benchmark passes the embedded store's).
// Every request must carry a JWT signed with JWT_SECRET (HS256) as "Authorization: Bearer …",
// checked by the library's @authentication (typeDefs.graphql), as a front-end would sign in.
// Run with NODE_ENV=production, as deployed (the benchmark sets it; the server refuses otherwise).
import cluster from "node:cluster";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

if (process.env.NODE_ENV !== "production") {
	console.error("NODE_ENV must be production: the peer is measured as it would be deployed");
	process.exit(2);
}
if (!process.env.JWT_SECRET) {
	console.error("JWT_SECRET is not set: the key the front-end's tokens are signed with");
	process.exit(2);
}

const workers = Number(process.env.WORKERS ?? os.availableParallelism());

if (cluster.isPrimary && workers > 1) {
	const port = Number(process.env.PORT ?? 0) || (await freePort());
	let ready = 0;
	for (let i = 0; i < workers; i++) {
		cluster.fork({ PORT: String(port) }).on("message", (message) => {
			if (message === "ready" && ++ready === workers) {
				console.log(`listening on http://127.0.0.1:${port}/`);
			}
		});
	}
	cluster.on("exit", (worker, code) => {
		if (code !== 0) {
			console.error(`worker ${worker.process.pid} ended with ${code}`);
			process.exit(1);
		}
	});
	for (const signal of ["SIGTERM", "SIGINT"]) {
		process.on(signal, () => {
			for (const worker of Object.values(cluster.workers)) {
				worker.kill(signal);
			}
			process.exit(0);
		});
	}
}
else {
	await serve();
}

async function serve() {
	const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
	const auth = process.env.NEO4J_USER
		? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? "")
		: undefined;
	// The same pool size as the Java side's driver (100, neo4j-java-driver's default).
	const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 100 });
	await driver.verifyConnectivity();
	const typeDefs = fs.readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
	const schema = await new Neo4jGraphQL({
		typeDefs,
		driver,
		features: { authorization: { key: process.env.JWT_SECRET } },
	}).getSchema();
	const server = new ApolloServer({ schema });
	const { url } = await startStandaloneServer(server, {
		listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 0) },
		context: async ({ req }) => ({ token: req.headers.authorization }),
	});
	if (process.send) {
		process.send("ready");
		// a worker ends with its primary, however the primary ended
		process.on("disconnect", () => process.exit(0));
	}
	else {
		console.log(`listening on ${url}`);
	}
	for (const signal of ["SIGTERM", "SIGINT"]) {
		process.on(signal, async () => {
			await server.stop();
			await driver.close();
			process.exit(0);
		});
	}
}

/** A port nobody listens on now, for the workers to share. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.on("error", reject);
		probe.listen(0, "127.0.0.1", () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}
