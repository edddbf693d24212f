package io.govgraph.model;

import java.util.List;
import java.util.Set;

/**
 * The files of a data set, with their required and optional columns (docs/spec/import-format.md): the
 * four v1 files, which every data set holds, and the five optional files of v1.1.
 */
public enum DataFile {

	UNITS("units.csv", List.of("id", "type", "name"),
			List.of("parent_id", "aliases", "sector", "founded", "dissolved", "note", "source"), false),
	PEOPLE("people.csv", List.of("id", "name"), List.of("party_member", "party_since", "gender", "birth_year",
			"phone", "source", "home_id", "party_branch_id"), false),
	POSTS("posts.csv", List.of("person_id", "unit_id", "role"),
			List.of("title", "since", "until", "source", "place_id"), false),
	LINKS("links.csv", List.of("from_id", "to_id", "type"), List.of("since", "until", "note", "source"), false),
	AGREEMENTS("agreements.csv", List.of("id", "type", "name"),
			List.of("since", "until", "amount", "note", "source"), true),
	AGREEMENT_PARTIES("agreement_parties.csv", List.of("agreement_id", "unit_id"), List.of("role", "note"), true),
	ITEMS("items.csv", List.of("id", "list", "title"), List.of("agreement_id", "owner_id", "provider_id",
			"beneficiary_id", "status", "since", "until", "amount", "hours", "note", "source"), true),
	EVENTS("events.csv", List.of("id", "type", "date", "host_id"), List.of("title", "agreement_id", "note", "source"),
			true),
	ATTENDANCE("attendance.csv", List.of("event_id"), List.of("person_id", "unit_id", "role", "note"), true);

	/**
	 * The columns v1.1 added to v1 files: an export writes each only when some row has a value, so
	 * that a store holding v1 data exports a v1 data set.
	 */
	public static final Set<String> V11_COLUMNS = Set.of("home_id", "party_branch_id", "place_id");

	/** Columns whose name starts with this are the data set's own, kept as properties. */
	public static final String EXTRA_PREFIX = "x_";

	private final String fileName;

	private final List<String> required;

	private final List<String> optional;

	private final boolean optionalFile;

	DataFile(String fileName, List<String> required, List<String> optional, boolean optionalFile) {
		this.fileName = fileName;
		this.required = required;
		this.optional = optional;
		this.optionalFile = optionalFile;
	}

	/** True for the v1.1 files, which a data set may leave out (v1 ones must be there, if only as a header). */
	public boolean optionalFile() {
		return this.optionalFile;
	}

	public String fileName() {
		return this.fileName;
	}

	public List<String> required() {
		return this.required;
	}

	public List<String> optional() {
		return this.optional;
	}

	/** Required then optional columns, in the order the exporter writes them. */
	public List<String> columns() {
		return java.util.stream.Stream.concat(this.required.stream(), this.optional.stream()).toList();
	}

	public boolean knows(String column) {
		return this.required.contains(column) || this.optional.contains(column) || column.startsWith(EXTRA_PREFIX);
	}

	static int order(String fileName) {
		for (DataFile f : values()) {
			if (f.fileName.equals(fileName)) {
				return f.ordinal();
			}
		}
		return values().length;
	}

}
