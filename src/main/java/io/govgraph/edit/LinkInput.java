package io.govgraph.edit;

import org.springframework.graphql.data.ArgumentValue;

import io.govgraph.model.FieldRules.LinkCells;

/** A new link (GraphQL {@code LinkInput}); dates as in the data set format. */
public record LinkInput(String fromId, String toId, String type, String since, String until, String note,
		String source) {

	LinkCells cells() {
		return new LinkCells(this.fromId, this.toId, this.type, this.since, this.until, this.note, this.source);
	}

	/** What names a link: its ends, type and since (GraphQL {@code LinkKey}). */
	public record Key(String fromId, String toId, String type, String since) {

		LinkCells cells() {
			return new LinkCells(this.fromId, this.toId, this.type, this.since, null, null, null);
		}

	}

	/** Changes to a link (GraphQL {@code LinkChanges}): fields given are set, null clears, left out stay. */
	public record Changes(ArgumentValue<String> until, ArgumentValue<String> note, ArgumentValue<String> source) {

		/** The change that ends a link. */
		static Changes ending(String until) {
			return new Changes(ArgumentValue.ofNullable(until), ArgumentValue.omitted(), ArgumentValue.omitted());
		}

		LinkCells applyTo(LinkCells l) {
			return new LinkCells(l.fromId(), l.toId(), l.type(), l.since(), Merge.value(this.until, l.until()),
					Merge.value(this.note, l.note()), Merge.value(this.source, l.source()));
		}

	}

}
