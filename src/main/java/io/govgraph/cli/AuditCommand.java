package io.govgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.govgraph.audit.AuditReport;
import io.govgraph.audit.AuditService;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code audit --scope ID --as-of DATE --format csv|html --out FILE}: runs the audit of the scope
 * on the day (recording its findings, as the {@code runAudit} mutation does) and writes the report.
 * {@code --scope} may be left out (everywhere), {@code --as-of} too (today), {@code --format}
 * defaults to html. Exit codes: 0 written, 1 failed, 2 usage.
 */
@Component
public class AuditCommand {

	public static final String NAME = "audit";

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final String USAGE_TEXT = """
			usage: java -jar govgraph.jar audit [--scope ID] [--as-of YYYY-MM-DD] [--format csv|html] --out FILE
			                                                 run the audit of a scope and write its report""";

	private static final List<String> OPTIONS = List.of("--scope", "--as-of", "--format", "--out");

	private final AuditService audit;

	private final AuditReport report;

	private final AsOf asOf;

	public AuditCommand(AuditService audit, AuditReport report, AsOf asOf) {
		this.audit = audit;
		this.report = report;
		this.asOf = asOf;
	}

	/** Whether the arguments name this command: the first argument that is not an option is "audit". */
	public static boolean isNamedBy(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return arg.equals(NAME);
			}
		}
		return false;
	}

	/** Checks the arguments before anything starts; null when they are fine. */
	public static String usageProblem(String[] args) {
		try {
			options(args);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	/**
	 * The command's options by name; the application's own ({@code --govgraph.*}, {@code --spring.*} …)
	 * are left to Spring.
	 */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		boolean named = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--govgraph.") || arg.startsWith("--spring.") || arg.startsWith("--server.")
					|| arg.startsWith("--logging.")) {
				continue;
			}
			if (!named && arg.equals(NAME)) {
				named = true;
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (!OPTIONS.contains(name)) {
				throw new IllegalArgumentException(arg.startsWith("--") ? "unknown option " + arg
						: "audit takes no argument \"" + arg + "\" (options: " + String.join(", ", OPTIONS) + ")");
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(name + " needs a value");
			}
			if (options.put(name, value) != null) {
				throw new IllegalArgumentException(name + " is given twice");
			}
		}
		if (!options.containsKey("--out")) {
			throw new IllegalArgumentException("audit needs --out FILE");
		}
		if (options.containsKey("--as-of")) {
			try {
				LocalDate.parse(options.get("--as-of"));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--as-of: \"" + options.get("--as-of") + "\" is not a date YYYY-MM-DD");
			}
		}
		String format = options.getOrDefault("--format", "html");
		if (!format.equals("csv") && !format.equals("html")) {
			throw new IllegalArgumentException("--format: \"" + format + "\" is not csv or html");
		}
		return options;
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		String scopeId = options.get("--scope");
		LocalDate day = this.asOf.orToday(options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : null);
		AuditReport.Format format = AuditReport.Format.parse(options.getOrDefault("--format", "html"));
		Path file = Path.of(options.get("--out"));
		try {
			AuditService.AuditRun run = this.audit.run(scopeId, day);
			Files.writeString(file, this.report.render(scopeId, day, format), StandardCharsets.UTF_8);
			out.println("Audited " + (scopeId == null ? "everywhere" : scopeId) + " on " + day + ": " + run.hits().size()
					+ " finding(s), " + run.opened() + " new, " + run.reopened() + " reopened, " + run.closed()
					+ " closed; wrote " + file);
			return OK;
		}
		catch (UserInputException ex) {
			err.println("audit failed: " + ex.getMessage());
			return FAILED;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			err.println("audit failed: cannot write " + file + ": " + ex.getMessage());
			return FAILED;
		}
	}

}
