package io.govgraph.edit;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.FieldRules;
import io.govgraph.model.FieldRules.PostCells;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.ReferenceRules;
import io.govgraph.store.CypherQueries;

/** Creates, changes and ends posts: a person's post in a unit, named by person, unit, role and since. */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class PostEdits extends RelationEdits<PostCells, PostRow> {

	PostEdits(EditLog log, CypherQueries cypher) {
		super(log, cypher, "POST", "edit/post_state", "edit/create_post");
	}

	public Outcome<PostRow> createPost(PostInput input) {
		return create("createPost", input.cells());
	}

	/**
	 * Changes a post's title, until, source or place (the compound a property company's manager runs);
	 * person, unit, role and since name it and stay.
	 */
	public Outcome<PostRow> updatePost(PostInput.Key key, PostInput.Changes changes) {
		return update("updatePost", key.cells(), changes::applyTo, "changes");
	}

	/** Ends a post: it is no longer in force after {@code until}. */
	public Outcome<PostRow> endPost(PostInput.Key key, String until) {
		return update("endPost", key.cells(), PostInput.Changes.ending(until)::applyTo, "");
	}

	@Override
	PostRow check(FieldRules rules, PostCells cells, SortedMap<String, String> extras) {
		return rules.post(cells, 0, extras);
	}

	@Override
	PostCells cells(PostRow row) {
		return PostCells.of(row);
	}

	/** Its person and unit, and the compound or building it is placed on (v1.1). */
	@Override
	List<String> subjects(PostRow row) {
		return row.placeId() == null ? List.of(row.personId(), row.unitId())
				: List.of(row.personId(), row.unitId(), row.placeId());
	}

	@Override
	void references(ReferenceRules rules, PostRow row) {
		rules.post(row);
	}

	@Override
	Name name(PostRow row) {
		return new Name(row.personId(), row.unitId(), row.role(), row.since());
	}

	@Override
	SortedMap<String, String> extras(PostRow row) {
		return row.extras();
	}

	@Override
	PostRow row(Name name, Value props) {
		return GraphMapping.postRow(name.fromId(), name.toId(), props);
	}

	@Override
	Map<String, Object> properties(PostRow row) {
		return GraphMapping.postProperties(row);
	}

	@Override
	List<Edit.FieldValue> values(PostRow p) {
		return new FieldValues().add("personId", p.personId())
			.add("unitId", p.unitId())
			.add("role", p.role())
			.add("title", p.title())
			.add("since", p.since())
			.add("until", p.until())
			.add("source", p.source())
			.add("placeId", p.placeId())
			.withExtras(p.extras());
	}

	@Override
	String describe(Name name) {
		return "post of " + name.fromId() + " as " + name.kind() + " in " + name.toId() + " since "
				+ (name.since() == null ? "(no date)" : name.since());
	}

	@Override
	String exists() {
		return FieldRules.duplicatePost("a post in the store; update or end it instead");
	}

}
