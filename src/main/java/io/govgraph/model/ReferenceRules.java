package io.govgraph.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PartyRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;

/**
 * The reference rules of the format (docs/spec/import-format.md, v1 and v1.1): every id a row names
 * must resolve to a row of the right kind, and a home or a party relationship to a unit of the right
 * type. The importer checks a data set against itself and the store by them, an edit checks a row
 * against the store; both say it in one wording, and each adds where it looked.
 */
public final class ReferenceRules {

	/** A reference to a unit or a person: an item's provider. */
	public static final String UNIT_OR_PERSON = "unit or person";

	/**
	 * What references are checked against: the ids known, by kind, and the type of a known unit
	 * (null when it is not known, e.g. its own row was rejected: then its type is not judged).
	 */
	public record Known(Predicate<String> units, Predicate<String> people, Predicate<String> agreements,
			Predicate<String> events, Function<String, String> unitTypes) {
	}

	/** Receives each problem found. */
	@FunctionalInterface
	public interface Problems {

		/**
		 * @param field the field as the format names it ({@code home_id})
		 * @param missing for a reference to nothing, the kind looked for ("unit", "person",
		 * {@link #UNIT_OR_PERSON} …), so that the reader can say where it looked; null otherwise
		 */
		void add(String field, String message, String missing);

	}

	private final Known known;

	private final Problems problems;

	public ReferenceRules(Known known, Problems problems) {
		this.known = known;
		this.problems = problems;
	}

	/** {@code home_id}: a compound or building; {@code party_branch_id}: a party organization. */
	public void person(PersonRow p) {
		unitOfType("home_id", p.homeId(), Vocabulary.HOMES);
		unitOfType("party_branch_id", p.partyBranchId(), Vocabulary.PARTY_ORGANIZATIONS);
	}

	/** A post's person and unit, and the unit where it is exercised ({@code place_id}, v1.1). */
	public void post(PostRow p) {
		refer("person_id", p.personId(), "person", this.known.people());
		refer("unit_id", p.unitId(), "unit", this.known.units());
		refer("place_id", p.placeId(), "unit", this.known.units());
	}

	public void link(LinkRow l) {
		refer("from_id", l.fromId(), "unit", this.known.units());
		refer("to_id", l.toId(), "unit", this.known.units());
	}

	public void party(PartyRow p) {
		refer("agreement_id", p.agreementId(), "agreement", this.known.agreements());
		refer("unit_id", p.unitId(), "unit", this.known.units());
	}

	/** An item's agreement, owner and beneficiary; its provider is a unit or a person. */
	public void item(ItemRow i) {
		refer("agreement_id", i.agreementId(), "agreement", this.known.agreements());
		refer("owner_id", i.ownerId(), "unit", this.known.units());
		refer("provider_id", i.providerId(), UNIT_OR_PERSON, this.known.units().or(this.known.people()));
		refer("beneficiary_id", i.beneficiaryId(), "unit", this.known.units());
	}

	public void event(EventRow e) {
		refer("host_id", e.hostId(), "unit", this.known.units());
		refer("agreement_id", e.agreementId(), "agreement", this.known.agreements());
	}

	public void attendance(AttendanceRow a) {
		refer("event_id", a.eventId(), "event", this.known.events());
		refer("person_id", a.personId(), "person", this.known.people());
		refer("unit_id", a.unitId(), "unit", this.known.units());
	}

	/** An optional reference ({@code id} may be null) that must name a row of {@code kind}. */
	private void refer(String field, String id, String kind, Predicate<String> known) {
		if (id != null && !known.test(id)) {
			this.problems.add(field, FieldRules.noSuch(kind, id), kind);
		}
	}

	private void unitOfType(String field, String id, List<String> types) {
		if (id == null) {
			return;
		}
		if (!this.known.units().test(id)) {
			this.problems.add(field, FieldRules.noSuch("unit", id), "unit");
			return;
		}
		String type = this.known.unitTypes().apply(id);
		if (type != null && !types.contains(type)) {
			this.problems.add(field, FieldRules.wrongType(id, type, types), null);
		}
	}

}
