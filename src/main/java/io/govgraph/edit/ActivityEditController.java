package io.govgraph.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.activity.Agreement;
import io.govgraph.activity.AgreementParty;
import io.govgraph.activity.Attendance;
import io.govgraph.activity.Event;
import io.govgraph.activity.Item;
import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.PartyRow;
import io.govgraph.model.PartialDate;

/**
 * The editing mutations of the v1.1 rows (graphql/activity-edit.graphqls). A {@code …Changes}
 * argument is taken as its raw map, which holds exactly the fields given (a field given null clears
 * it, one left out stays).
 */
@Controller
class ActivityEditController {

	private final ActivityEdits edits;

	ActivityEditController(ActivityEdits edits) {
		this.edits = edits;
	}

	record AgreementPayload(Agreement agreement, Edit edit, List<InputError> errors) {
	}

	record AgreementPartyPayload(AgreementParty party, Edit edit, List<InputError> errors) {
	}

	record ItemPayload(Item item, Edit edit, List<InputError> errors) {
	}

	record EventPayload(Event event, Edit edit, List<InputError> errors) {
	}

	record AttendancePayload(Attendance attendance, Edit edit, List<InputError> errors) {
	}

	@MutationMapping
	AgreementPayload createAgreement(@Argument AgreementInput input) {
		return agreement(this.edits.createAgreement(input));
	}

	@MutationMapping
	AgreementPayload updateAgreement(@Argument String id, @Argument Map<String, Object> changes) {
		return agreement(this.edits.updateAgreement(id, changes));
	}

	@MutationMapping
	AgreementPayload endAgreement(@Argument String id, @Argument String until) {
		return agreement(this.edits.endAgreement(id, until));
	}

	@MutationMapping
	AgreementPartyPayload addAgreementParty(@Argument PartyInput input) {
		return party(this.edits.addAgreementParty(input));
	}

	@MutationMapping
	AgreementPartyPayload updateAgreementParty(@Argument PartyInput.Key key, @Argument Map<String, Object> changes) {
		return party(this.edits.updateAgreementParty(key, changes));
	}

	@MutationMapping
	AgreementPartyPayload removeAgreementParty(@Argument PartyInput.Key key) {
		return party(this.edits.removeAgreementParty(key));
	}

	@MutationMapping
	ItemPayload createItem(@Argument ItemInput input) {
		return item(this.edits.createItem(input));
	}

	@MutationMapping
	ItemPayload updateItem(@Argument String id, @Argument Map<String, Object> changes) {
		return item(this.edits.updateItem(id, changes));
	}

	@MutationMapping
	ItemPayload claimItem(@Argument String id, @Argument String providerId, @Argument String since) {
		return item(this.edits.claimItem(id, providerId, since));
	}

	@MutationMapping
	ItemPayload deliverItem(@Argument String id, @Argument String until) {
		return item(this.edits.deliverItem(id, until));
	}

	@MutationMapping
	EventPayload createEvent(@Argument EventInput input) {
		return event(this.edits.createEvent(input));
	}

	@MutationMapping
	EventPayload updateEvent(@Argument String id, @Argument Map<String, Object> changes) {
		return event(this.edits.updateEvent(id, changes));
	}

	@MutationMapping
	EventPayload deleteEvent(@Argument String id) {
		return event(this.edits.deleteEvent(id));
	}

	@MutationMapping
	AttendancePayload addAttendance(@Argument AttendanceInput input) {
		return attendance(this.edits.addAttendance(input));
	}

	@MutationMapping
	AttendancePayload updateAttendance(@Argument AttendanceInput.Key key, @Argument Map<String, Object> changes) {
		return attendance(this.edits.updateAttendance(key, changes));
	}

	@MutationMapping
	AttendancePayload removeAttendance(@Argument AttendanceInput.Key key) {
		return attendance(this.edits.removeAttendance(key));
	}

	private static AgreementPayload agreement(Outcome<AgreementRow> o) {
		AgreementRow a = o.entity();
		return new AgreementPayload(a == null ? null
				: new Agreement(a.id(), a.type(), a.name(), day(a.since()), day(a.until()), number(a.amount()), a.note(),
						a.source()),
				o.edit(), o.errors());
	}

	private static AgreementPartyPayload party(Outcome<PartyRow> o) {
		PartyRow p = o.entity();
		return new AgreementPartyPayload(
				p == null ? null : new AgreementParty(p.agreementId(), p.unitId(), p.role(), p.note()), o.edit(),
				o.errors());
	}

	private static ItemPayload item(Outcome<ItemRow> o) {
		ItemRow i = o.entity();
		return new ItemPayload(i == null ? null
				: new Item(i.id(), i.list(), i.title(), i.status(), day(i.since()), day(i.until()), number(i.amount()),
						number(i.hours()), i.note(), i.source(), i.agreementId(), i.ownerId(), i.providerId(),
						i.beneficiaryId()),
				o.edit(), o.errors());
	}

	private static EventPayload event(Outcome<EventRow> o) {
		EventRow e = o.entity();
		return new EventPayload(e == null ? null
				: new Event(e.id(), e.type(), day(e.date()), e.title(), e.note(), e.source(), e.hostId(),
						e.agreementId()),
				o.edit(), o.errors());
	}

	private static AttendancePayload attendance(Outcome<AttendanceRow> o) {
		AttendanceRow a = o.entity();
		return new AttendancePayload(
				a == null ? null : new Attendance(a.eventId(), a.personId(), a.unitId(), a.role(), a.note()), o.edit(),
				o.errors());
	}

	private static LocalDate day(PartialDate date) {
		return date == null ? null : date.firstDay();
	}

	private static Double number(BigDecimal n) {
		return n == null ? null : n.doubleValue();
	}

}
