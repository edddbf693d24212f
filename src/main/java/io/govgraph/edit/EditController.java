package io.govgraph.edit;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Link;
import io.govgraph.directory.Post;
import io.govgraph.directory.VertexLookup;
import io.govgraph.model.PartialDate;
import io.govgraph.web.UserInputException;

/** The editing mutations and {@code history}. */
@Controller
class EditController {

	static final int MAX_HISTORY = 500;

	private final EditService edits;

	private final VertexLookup vertices;

	EditController(EditService edits, VertexLookup vertices) {
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
	UnitPayload createUnit(@Argument Map<String, Object> input) {
		return unit(this.edits.createUnit(input));
	}

	@MutationMapping
	UnitPayload updateUnit(@Argument String id, @Argument Map<String, Object> changes) {
		return unit(this.edits.updateUnit(id, changes));
	}

	@MutationMapping
	PersonPayload createPerson(@Argument Map<String, Object> input) {
		return person(this.edits.createPerson(input));
	}

	@MutationMapping
	PersonPayload updatePerson(@Argument String id, @Argument Map<String, Object> changes) {
		return person(this.edits.updatePerson(id, changes));
	}

	@MutationMapping
	PostPayload createPost(@Argument Map<String, Object> input) {
		return post(this.edits.createPost(input));
	}

	@MutationMapping
	PostPayload updatePost(@Argument Map<String, Object> key, @Argument Map<String, Object> changes) {
		return post(this.edits.updatePost(key, changes, "updatePost"));
	}

	@MutationMapping
	PostPayload endPost(@Argument Map<String, Object> key, @Argument String until) {
		return post(this.edits.updatePost(key, Map.of("until", until), "endPost"));
	}

	@MutationMapping
	LinkPayload createLink(@Argument Map<String, Object> input) {
		return link(this.edits.createLink(input));
	}

	@MutationMapping
	LinkPayload updateLink(@Argument Map<String, Object> key, @Argument Map<String, Object> changes) {
		return link(this.edits.updateLink(key, changes, "updateLink"));
	}

	@MutationMapping
	LinkPayload endLink(@Argument Map<String, Object> key, @Argument String until) {
		return link(this.edits.updateLink(key, Map.of("until", until), "endLink"));
	}

	@QueryMapping
	List<Edit> history(@Argument String id, @Argument Integer afterSeq, @Argument Integer first) {
		int size = first == null ? 50 : first;
		if (size < 1 || size > MAX_HISTORY) {
			throw new UserInputException("history(first): " + size + " is out of range (1 to " + MAX_HISTORY + ")");
		}
		return this.edits.history(id, afterSeq == null ? 0 : afterSeq, size);
	}

	private UnitPayload unit(EditService.Outcome o) {
		return new UnitPayload(o.edit() == null ? null : this.vertices.unit(o.key().get("id")), o.edit(), o.errors());
	}

	private PersonPayload person(EditService.Outcome o) {
		return new PersonPayload(o.edit() == null ? null : this.vertices.vertices(List.of(o.key().get("id")))
			.get(o.key().get("id")), o.edit(), o.errors());
	}

	private static PostPayload post(EditService.Outcome o) {
		if (o.edit() == null) {
			return new PostPayload(null, null, o.errors());
		}
		Map<String, String> after = values(o.edit());
		return new PostPayload(new Post(after.get("personId"), after.get("unitId"), after.get("role"),
				after.get("title"), day(after.get("since")), day(after.get("until")), after.get("source")), o.edit(),
				o.errors());
	}

	private static LinkPayload link(EditService.Outcome o) {
		if (o.edit() == null) {
			return new LinkPayload(null, null, o.errors());
		}
		Map<String, String> after = values(o.edit());
		return new LinkPayload(new Link(after.get("type"), Link.LinkDirection.OUT, after.get("fromId"),
				after.get("toId"), after.get("toId"), day(after.get("since")), day(after.get("until")),
				after.get("note"), after.get("source")), o.edit(), o.errors());
	}

	private static Map<String, String> values(Edit edit) {
		Map<String, String> values = new java.util.HashMap<>();
		edit.after().forEach(v -> values.put(v.field(), v.value()));
		return values;
	}

	private static java.time.LocalDate day(String text) {
		return text == null || text.isEmpty() ? null : PartialDate.parse(text).firstDay();
	}

}
