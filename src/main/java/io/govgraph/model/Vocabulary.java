package io.govgraph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The unit types, link types and roles of the format, the vocabularies of its v1.1 files, and the
 * Neo4j label of each unit type.
 */
public final class Vocabulary {

	/** An identifier of the format: 1 to 64 letters, digits and {@code _ . : -}. */
	public static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	public static final List<String> UNIT_TYPES = List.of("DISTRICT_COMMITTEE", "STREET_COMMITTEE",
			"COMMUNITY_COMMITTEE", "GRID_BRANCH", "BUILDING_GROUP", "RESIDENTS_COMMITTEE", "COMPOUND", "BUILDING",
			"OWNERS_COMMITTEE", "PROPERTY_COMPANY", "STATIONED_UNIT", "INDUSTRY_SYSTEM", "NEW_FIELD_ORG", "LAW_FIRM",
			"ASSOCIATION", "PARTY_BRANCH", "TEAM", "CO_GOVERNANCE_COMMITTEE", "JOINT_MEETING");

	public static final List<String> LINK_TYPES = List.of("CO_CONSTRUCTS", "PAIRED_WITH", "SERVES", "MEMBER_OF",
			"PARTY_ORG_OF", "GUIDES");

	public static final List<String> ROLES = List.of("SECRETARY", "DEPUTY_SECRETARY", "MEMBER", "DIRECTOR",
			"DEPUTY_DIRECTOR", "CHAIR", "OWNER_REP", "MANAGER", "FIRST_SECRETARY", "CHIEF_LIAISON", "LEGAL_ADVISOR",
			"GRID_WORKER", "LAWYER", "VOLUNTEER", "REPORTED_MEMBER");

	/**
	 * Units that can hold a member's party relationship ({@code people.csv} {@code party_branch_id}):
	 * those the format describes as party organizations (党组织, 党工委, 党支部, 党小组).
	 */
	public static final List<String> PARTY_ORGANIZATIONS = List.of("DISTRICT_COMMITTEE", "STREET_COMMITTEE",
			"COMMUNITY_COMMITTEE", "GRID_BRANCH", "BUILDING_GROUP", "INDUSTRY_SYSTEM", "NEW_FIELD_ORG", "ASSOCIATION",
			"PARTY_BRANCH");

	/** Units a person can live in ({@code people.csv} {@code home_id}). */
	public static final List<String> HOMES = List.of("COMPOUND", "BUILDING");

	public static final List<String> AGREEMENT_TYPES = List.of("CO_CONSTRUCTION", "PAIRING", "PROPERTY_SERVICE",
			"COMMITMENT", "JOINT_MEETING_CHARTER", "OTHER");

	public static final List<String> ITEM_LISTS = List.of("RESOURCE", "NEED", "PROJECT", "SERVICE", "DUTY");

	public static final List<String> ITEM_STATUSES = List.of("OPEN", "CLAIMED", "DONE", "DROPPED");

	public static final List<String> EVENT_TYPES = List.of("JOINT_MEETING", "COMMITTEE_MEETING", "ELECTION",
			"LEGAL_SERVICE", "VISIT", "ACTIVITY", "OTHER");

	public static final List<String> ATTENDANCE_ROLES = List.of("CHAIR", "ATTENDEE", "ABSENT", "ELECTED", "OBSERVER");

	private static final Map<String, String> LABELS = UNIT_TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(t -> t, Vocabulary::pascalCase));

	private Vocabulary() {
	}

	/** The label a unit of this type carries beside {@code Unit}, e.g. {@code StreetCommittee}. */
	public static String label(String unitType) {
		String label = LABELS.get(unitType);
		if (label == null) {
			throw new IllegalArgumentException("unknown unit type " + unitType);
		}
		return label;
	}

	private static String pascalCase(String constant) {
		return Arrays.stream(constant.split("_"))
			.map(w -> w.charAt(0) + w.substring(1).toLowerCase())
			.collect(Collectors.joining());
	}

}
