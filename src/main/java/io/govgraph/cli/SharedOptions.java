package io.govgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that more than one command takes, declared once (as picocli mixins) so that they
 * are spelled, described and read the same on every command.
 */
final class SharedOptions {

	private SharedOptions() {
	}

	/** {@code --scope ID}: a unit and everything under it; left out, the whole graph. */
	static final class Scope {

		@Option(names = "--scope", paramLabel = "ID",
				description = "A unit's id: only it and what lies under it (default: the whole graph).")
		String id;

	}

	/** {@code --as-of DATE}: the day the graph is looked at; left out, today. */
	static final class AsOf {

		@Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
				description = "The day to look at, YYYY-MM-DD (default: today).")
		LocalDate day;

		// The graph export spelled it --asOf=DATE before the commands shared one command line.
		@Option(names = "--asOf", paramLabel = "DATE", converter = Dates.class, hidden = true)
		LocalDate oldSpelling;

		LocalDate day() {
			return (this.day != null) ? this.day : this.oldSpelling;
		}

	}

	/** Reads a date as YYYY-MM-DD and says so when it is not one. */
	static final class Dates implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException("\"" + value + "\" is not a date YYYY-MM-DD");
			}
		}

	}

}
