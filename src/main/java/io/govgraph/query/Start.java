package io.govgraph.query;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.StatementBuilder;

/**
 * Where a filtered statement starts: a MATCH with a condition of its own, and, when the MATCH can
 * reach one node along several paths (a person through several posts), the node it is reduced to
 * before the filter applies ({@code WITH DISTINCT}).
 *
 * @param match the patterns to match
 * @param condition the condition on the patterns themselves (not the filter)
 * @param distinct the node to keep once each, or null when the match yields each node once
 */
public record Start(List<PatternElement> match, Condition condition, Node distinct) {

	/** A plain MATCH of one pattern. */
	public static Start of(PatternElement pattern) {
		return new Start(List.of(pattern), Cypher.noCondition(), null);
	}

	/** The MATCH, narrowed by {@code filter}, ready for WITH or RETURN. */
	public StatementBuilder.OngoingReading where(Condition filter) {
		if (this.distinct == null) {
			return Cypher.match(this.match).where(this.condition.and(filter));
		}
		return Cypher.match(this.match).where(this.condition).withDistinct(this.distinct).where(filter);
	}

}
