package io.govgraph.edit;

import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

import io.govgraph.model.FieldRules.UnitCells;

/** A new unit (GraphQL {@code UnitInput}); dates as in the data set format. */
public record UnitInput(String id, String type, String name, String parentId, List<String> aliases, String sector,
		String founded, String dissolved, String note, String source) {

	UnitCells cells() {
		return new UnitCells(this.id, this.type, this.name, this.parentId, this.aliases, this.sector, this.founded,
				this.dissolved, this.note, this.source);
	}

	/** Changes to a unit (GraphQL {@code UnitChanges}): fields given are set, null clears, left out stay. */
	public record Changes(ArgumentValue<String> type, ArgumentValue<String> name, ArgumentValue<String> parentId,
			ArgumentValue<List<String>> aliases, ArgumentValue<String> sector, ArgumentValue<String> founded,
			ArgumentValue<String> dissolved, ArgumentValue<String> note, ArgumentValue<String> source) {

		UnitCells applyTo(UnitCells u) {
			return new UnitCells(u.id(), Merge.value(this.type, u.type()), Merge.value(this.name, u.name()),
					Merge.value(this.parentId, u.parentId()), Merge.value(this.aliases, u.aliases()),
					Merge.value(this.sector, u.sector()), Merge.value(this.founded, u.founded()),
					Merge.value(this.dissolved, u.dissolved()), Merge.value(this.note, u.note()),
					Merge.value(this.source, u.source()));
		}

	}

}
