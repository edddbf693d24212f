package io.govgraph.model;

import java.util.List;

/** The four files of a v1 data set, with their required and optional columns (docs/spec/import-format.md). */
public enum DataFile {

	UNITS("units.csv", List.of("id", "type", "name"),
			List.of("parent_id", "aliases", "sector", "founded", "dissolved", "note", "source")),
	PEOPLE("people.csv", List.of("id", "name"),
			List.of("party_member", "party_since", "gender", "birth_year", "phone", "source")),
	POSTS("posts.csv", List.of("person_id", "unit_id", "role"), List.of("title", "since", "until", "source")),
	LINKS("links.csv", List.of("from_id", "to_id", "type"), List.of("since", "until", "note", "source"));

	/** Columns whose name starts with this are the data set's own, kept as properties. */
	public static final String EXTRA_PREFIX = "x_";

	private final String fileName;

	private final List<String> required;

	private final List<String> optional;

	DataFile(String fileName, List<String> required, List<String> optional) {
		this.fileName = fileName;
		this.required = required;
		this.optional = optional;
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
