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

	public static Rendered of(Statement statement) {
		return new Rendered(RENDERER.render(statement), statement.getCatalog().getParameters());
	}

}
