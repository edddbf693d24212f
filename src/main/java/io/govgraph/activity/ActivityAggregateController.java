package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Unit;
import io.govgraph.directory.VertexLookup;
import io.govgraph.model.Vocabulary;
import io.govgraph.web.UserInputException;

/**
 * The activity aggregates: items by list and status, money and hours by provider, meetings held
 * per body and year, attendance rates. None reads a person's personal data, so none varies with it.
 */
@Controller
class ActivityAggregateController {

	/** What counts as a meeting when {@code types} is not given. */
	static final List<String> MEETINGS = List.of("JOINT_MEETING", "COMMITTEE_MEETING");

	private final ActivityRepository repository;

	private final Ends ends;

	private final VertexLookup vertices;

	ActivityAggregateController(ActivityRepository repository, Ends ends, VertexLookup vertices) {
		this.repository = repository;
		this.ends = ends;
		this.vertices = vertices;
	}

	@QueryMapping
	List<ItemCount> itemsByListAndStatus(@Argument String scopeId) {
		return this.repository.itemsByListAndStatus(scope(scopeId, "itemsByListAndStatus"));
	}

	@QueryMapping
	List<ProviderTotal> moneyByProvider(@Argument String scopeId) {
		return this.repository.moneyByProvider(scope(scopeId, "moneyByProvider"));
	}

	@QueryMapping
	List<MeetingsHeld> meetingsHeld(@Argument String scopeId, @Argument List<String> types, @Argument LocalDate from,
			@Argument LocalDate to) {
		Window.of(scopeId, from, to, "meetingsHeld");
		return this.repository.meetingsHeld(scope(scopeId, "meetingsHeld"), types(types, "meetingsHeld"), from, to);
	}

	@QueryMapping
	List<AttendanceRate> attendanceRates(@Argument String scopeId, @Argument List<String> types,
			@Argument LocalDate from, @Argument LocalDate to) {
		Window.of(scopeId, from, to, "attendanceRates");
		return this.repository.attendanceRates(scope(scopeId, "attendanceRates"), types(types, "attendanceRates"), from,
				to);
	}

	@BatchMapping(typeName = "ProviderTotal")
	Map<ProviderTotal, Object> provider(List<ProviderTotal> totals) {
		return this.ends.of(totals, ProviderTotal::providerId, Object.class);
	}

	@BatchMapping(typeName = "MeetingsHeld")
	Map<MeetingsHeld, Unit> body(List<MeetingsHeld> held) {
		return this.ends.of(held, MeetingsHeld::bodyId, Unit.class);
	}

	@BatchMapping(typeName = "AttendanceRate", field = "body")
	Map<AttendanceRate, Unit> rateBody(List<AttendanceRate> rates) {
		return this.ends.of(rates, AttendanceRate::bodyId, Unit.class);
	}

	/** An unknown scope is an error, not an empty answer. */
	private String scope(String scopeId, String field) {
		if (this.vertices.unit(scopeId) == null) {
			throw new UserInputException(field + "(scopeId): no unit has the id \"" + scopeId + "\"");
		}
		return scopeId;
	}

	private static List<String> types(List<String> given, String field) {
		if (given == null) {
			return MEETINGS;
		}
		for (String type : given) {
			if (!Vocabulary.EVENT_TYPES.contains(type)) {
				throw new UserInputException(field + "(types): event type \"" + type + "\" is unknown (one of "
						+ String.join(", ", Vocabulary.EVENT_TYPES) + ")");
			}
		}
		return given;
	}

}
