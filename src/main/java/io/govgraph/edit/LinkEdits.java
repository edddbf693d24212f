package io.govgraph.edit;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.FieldRules;
import io.govgraph.model.FieldRules.LinkCells;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.ReferenceRules;
import io.govgraph.store.CypherQueries;

/** Creates, changes and ends links between units, named by their ends, type and since. */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class LinkEdits extends RelationEdits<LinkCells, LinkRow> {

	LinkEdits(EditLog log, CypherQueries cypher) {
		super(log, cypher, "LINK", "edit/link_state", "edit/create_link");
	}

	public Outcome<LinkRow> createLink(LinkInput input) {
		return create("createLink", input.cells());
	}

	/** Changes a link's until, note or source; its ends, type and since name it and stay. */
	public Outcome<LinkRow> updateLink(LinkInput.Key key, LinkInput.Changes changes) {
		return update("updateLink", key.cells(), changes::applyTo, "changes");
	}

	/** Ends a link: it is no longer in force after {@code until}. */
	public Outcome<LinkRow> endLink(LinkInput.Key key, String until) {
		return update("endLink", key.cells(), LinkInput.Changes.ending(until)::applyTo, "");
	}

	@Override
	LinkRow check(FieldRules rules, LinkCells cells, SortedMap<String, String> extras) {
		return rules.link(cells, 0, extras);
	}

	@Override
	LinkCells cells(LinkRow row) {
		return LinkCells.of(row);
	}

	@Override
	void references(ReferenceRules rules, LinkRow row) {
		rules.link(row);
	}

	@Override
	Name name(LinkRow row) {
		return new Name(row.fromId(), row.toId(), row.type(), row.since());
	}

	@Override
	SortedMap<String, String> extras(LinkRow row) {
		return row.extras();
	}

	@Override
	LinkRow row(Name name, Value props) {
		return GraphMapping.linkRow(name.fromId(), name.toId(), name.kind(), props);
	}

	@Override
	Map<String, Object> properties(LinkRow row) {
		return GraphMapping.linkProperties(row);
	}

	@Override
	List<Edit.FieldValue> values(LinkRow l) {
		return new FieldValues().add("fromId", l.fromId())
			.add("toId", l.toId())
			.add("type", l.type())
			.add("since", l.since())
			.add("until", l.until())
			.add("note", l.note())
			.add("source", l.source())
			.withExtras(l.extras());
	}

	@Override
	String describe(Name name) {
		return name.kind() + " link from " + name.fromId() + " to " + name.toId() + " since "
				+ (name.since() == null ? "(no date)" : name.since());
	}

	@Override
	String exists() {
		return FieldRules.duplicateLink("a link in the store; update or end it instead");
	}

}
