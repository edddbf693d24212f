package io.govgraph.edit;

import org.springframework.graphql.data.ArgumentValue;

import io.govgraph.model.FieldRules.PostCells;

/** A new post (GraphQL {@code PostInput}); dates as in the data set format. */
public record PostInput(String personId, String unitId, String role, String title, String since, String until,
		String source, String placeId) {

	PostCells cells() {
		return new PostCells(this.personId, this.unitId, this.role, this.title, this.since, this.until, this.source,
				this.placeId);
	}

	/** What names a post: its person, unit, role and since (GraphQL {@code PostKey}). */
	public record Key(String personId, String unitId, String role, String since) {

		PostCells cells() {
			return new PostCells(this.personId, this.unitId, this.role, null, this.since, null, null);
		}

	}

	/** Changes to a post (GraphQL {@code PostChanges}): fields given are set, null clears, left out stay. */
	public record Changes(ArgumentValue<String> title, ArgumentValue<String> until, ArgumentValue<String> source,
			ArgumentValue<String> placeId) {

		/** The change that ends a post. */
		static Changes ending(String until) {
			return new Changes(ArgumentValue.omitted(), ArgumentValue.ofNullable(until), ArgumentValue.omitted(),
					ArgumentValue.omitted());
		}

		PostCells applyTo(PostCells p) {
			return new PostCells(p.personId(), p.unitId(), p.role(), Merge.value(this.title, p.title()), p.since(),
					Merge.value(this.until, p.until()), Merge.value(this.source, p.source()),
					Merge.value(this.placeId, p.placeId()));
		}

	}

}
