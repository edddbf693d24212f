package io.govgraph.query;

import java.util.Map;

import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** A statement built with Cypher-DSL, as text and the parameters that carry every user value. */
public record Rendered(String cypher, Map<String, Object> parameters) {

	private static final Renderer RENDERER = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_26).build());

	/**
	 * The statement as text, with the parameters it was built with ({@link FilterCompiler#parameter}):
	 * never Cypher-DSL's anonymous ones, whose values only a second walk of the statement finds.
	 * @throws IllegalStateException if the statement holds an anonymous parameter after all
	 */
	public static Rendered of(Statement statement, Map<String, Object> parameters) {
		String cypher = RENDERER.render(statement);
		if (cypher.contains("$pcdsl")) {
			throw new IllegalStateException("A statement with an anonymous parameter: " + cypher);
		}
		return new Rendered(cypher, parameters);
	}

}
