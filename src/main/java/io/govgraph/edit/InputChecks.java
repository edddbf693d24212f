package io.govgraph.edit;

import java.util.ArrayList;
import java.util.List;

import io.govgraph.model.FieldRules;

/**
 * The problems of one part of a change ({@code input}, {@code key}, {@code changes}), each named by
 * its input field, e.g. {@code input.parentId}. The field rules name a field as the data set format
 * does ({@code parent_id}); an input names it in camel case.
 */
final class InputChecks {

	private final String prefix;

	private final List<InputError> errors = new ArrayList<>();

	final FieldRules rules;

	/** {@code prefix} is the argument the fields are in; empty for a field that is an argument itself. */
	InputChecks(String prefix) {
		this.prefix = prefix;
		this.rules = new FieldRules((field, message) -> error(inputName(field), message));
	}

	/** {@code field} "-" is the row as a whole (the format's column "-"): the error names the argument. */
	void error(String field, String message) {
		String name = "-".equals(field) ? this.prefix : this.prefix.isEmpty() ? field : this.prefix + "." + field;
		this.errors.add(new InputError(name, message));
	}

	boolean failed() {
		return !this.errors.isEmpty();
	}

	List<InputError> errors() {
		return List.copyOf(this.errors);
	}

	/** {@code parent_id} → {@code parentId}. */
	static String inputName(String field) {
		StringBuilder name = new StringBuilder(field.length());
		boolean upper = false;
		for (char c : field.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	/** {@code parentId} → {@code parent_id}. */
	static String columnName(String field) {
		StringBuilder column = new StringBuilder(field.length() + 4);
		for (char c : field.toCharArray()) {
			if (Character.isUpperCase(c)) {
				column.append('_').append(Character.toLowerCase(c));
			}
			else {
				column.append(c);
			}
		}
		return column.toString();
	}

}
