package io.govgraph.edit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Link;
import io.govgraph.directory.Post;
import io.govgraph.directory.VertexLookup;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;
import io.govgraph.model.PartialDate;
import io.govgraph.web.UserInputException;

/** The editing mutations and {@code history}. */
@Controller
class EditController {

	static final int MAX_HISTORY = 500;

	private final UnitEdits units;

	private final PersonEdits people;

	private final PostEdits posts;

	private final LinkEdits links;

	private final EditHistory edits;

	private final VertexLookup vertices;

	EditController(UnitEdits units, PersonEdits people, PostEdits posts, LinkEdits links, EditHistory edits,
			VertexLookup vertices) {
		this.units = units;
		this.people = people;
		this.posts = posts;
		this.links = links;
		this.edits = edits;
		this.vertices = vertices;
	}

	record UnitPayload(Object unit, Edit edit, List<InputError> errors) {
	}

	record PersonPayload(Object person, Edit edit, List<InputError> errors) {
	}

	record PostPayload(Post post, Edit edit, List<InputError> errors) {
	}

	record LinkPayload(Link link, Edit edit, List<InputError> errors) {
	}

	@MutationMapping
	UnitPayload createUnit(@Argument UnitInput input) {
		return unit(this.units.createUnit(input));
	}

	@MutationMapping
	UnitPayload updateUnit(@Argument String id, @Argument UnitInput.Changes changes) {
		return unit(this.units.updateUnit(id, changes));
	}

	@MutationMapping
	PersonPayload createPerson(@Argument PersonInput input) {
		return person(this.people.createPerson(input));
	}

	@MutationMapping
	PersonPayload updatePerson(@Argument String id, @Argument PersonInput.Changes changes) {
		return person(this.people.updatePerson(id, changes));
	}

	@MutationMapping
	PostPayload createPost(@Argument PostInput input) {
		return post(this.posts.createPost(input));
	}

	@MutationMapping
	PostPayload updatePost(@Argument PostInput.Key key, @Argument PostInput.Changes changes) {
		return post(this.posts.updatePost(key, changes));
	}

	@MutationMapping
	PostPayload endPost(@Argument PostInput.Key key, @Argument String until) {
		return post(this.posts.endPost(key, until));
	}

	@MutationMapping
	LinkPayload createLink(@Argument LinkInput input) {
		return link(this.links.createLink(input));
	}

	@MutationMapping
	LinkPayload updateLink(@Argument LinkInput.Key key, @Argument LinkInput.Changes changes) {
		return link(this.links.updateLink(key, changes));
	}

	@MutationMapping
	LinkPayload endLink(@Argument LinkInput.Key key, @Argument String until) {
		return link(this.links.endLink(key, until));
	}

	@QueryMapping
	List<Edit> history(@Argument String id, @Argument Integer afterSeq, @Argument Integer first) {
		int size = first == null ? 50 : first;
		if (size < 1 || size > MAX_HISTORY) {
			throw new UserInputException("history(first): " + size + " is out of range (1 to " + MAX_HISTORY + ")");
		}
		return this.edits.history(id, afterSeq == null ? 0 : afterSeq, size);
	}

	private UnitPayload unit(Outcome<UnitRow> o) {
		return new UnitPayload(o.entity() == null ? null : this.vertices.unit(o.entity().id()), o.edit(), o.errors());
	}

	private PersonPayload person(Outcome<PersonRow> o) {
		return new PersonPayload(o.entity() == null ? null
				: this.vertices.vertices(List.of(o.entity().id())).get(o.entity().id()), o.edit(), o.errors());
	}

	private static PostPayload post(Outcome<PostRow> o) {
		PostRow p = o.entity();
		return new PostPayload(p == null ? null
				: new Post(p.personId(), p.unitId(), p.role(), p.title(), day(p.since()), day(p.until()), p.source()),
				o.edit(), o.errors());
	}

	private static LinkPayload link(Outcome<LinkRow> o) {
		LinkRow l = o.entity();
		return new LinkPayload(l == null ? null
				: new Link(l.type(), Link.LinkDirection.OUT, l.fromId(), l.toId(), l.toId(), day(l.since()),
						day(l.until()), l.note(), l.source()),
				o.edit(), o.errors());
	}

	private static LocalDate day(PartialDate date) {
		return date == null ? null : date.firstDay();
	}

}
