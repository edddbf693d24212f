package io.govgraph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The unit types, link types and roles of the v1 format, and the Neo4j label of each unit type. */
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
			"GRID_WORKER", "LAWYER", "VOLUNTEER");

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
