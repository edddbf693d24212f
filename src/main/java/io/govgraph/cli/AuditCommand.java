package io.govgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import org.springframework.context.ApplicationContext;

import io.govgraph.audit.AuditReport;
import io.govgraph.audit.AuditService;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code audit [--scope ID] [--as-of DATE] [--format csv|html|xlsx] --out FILE}: runs the audit of the
 * scope on the day (recording its findings, as the {@code runAudit} mutation does) and writes the
 * report.
 */
@Command(name = "audit", header = "Run the audit of a scope on a day and write its report.",
		description = "Records the findings as the runAudit mutation does (new ones opened, gone ones closed).",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written", "1:failed", "2:usage" },
		footer = { "", "Example:", "  audit --scope yz.minglou --as-of 2026-07-01 --format csv --out minglou.csv",
				"  audit --scope yz.minglou --as-of 2026-07-01 --format xlsx --out minglou.xlsx", "",
				GovGraphCommand.SPRING_OPTIONS_HELP },
		usageHelpAutoWidth = true)
final class AuditCommand implements Callable<Integer> {

	@ParentCommand
	GovGraphCommand govgraph;

	@Spec
	CommandSpec spec;

	@Mixin
	SharedOptions.Scope scope;

	@Mixin
	SharedOptions.AsOf asOf;

	@Option(names = "--format", paramLabel = "FMT", converter = Formats.class, defaultValue = "html",
			description = "html (default), csv (one finding a line) or xlsx (a workbook: cross-appointments, findings, roll-up).")
	AuditReport.Format format;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the report.")
	Path out;

	@Override
	public Integer call() throws Exception {
		return this.govgraph.launch(this::run);
	}

	private int run(ApplicationContext context) {
		PrintWriter err = this.spec.commandLine().getErr();
		String scopeId = this.scope.id;
		LocalDate day = context.getBean(AsOf.class).orToday(this.asOf.day());
		try {
			AuditService.AuditRun run = context.getBean(AuditService.class).run(scopeId, day);
			// made whole before the file is opened, so a failed report leaves no file behind
			Files.write(this.out, context.getBean(AuditReport.class).bytes(scopeId, day, this.format, AuditReport.COMMAND_LINE));
			this.spec.commandLine()
				.getOut()
				.println("Audited " + ((scopeId != null) ? scopeId : "everywhere") + " on " + day + ": "
						+ run.hits().size() + " finding(s), " + run.opened() + " new, " + run.reopened() + " reopened, "
						+ run.closed() + " closed; wrote " + this.out);
			return GovGraphCommand.OK;
		}
		catch (UserInputException ex) {
			err.println("audit failed: " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("audit failed: cannot write " + this.out + ": " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
	}

	/** The report's format by its name, {@code csv}, {@code html} or {@code xlsx}. */
	static final class Formats implements ITypeConverter<AuditReport.Format> {

		@Override
		public AuditReport.Format convert(String name) {
			try {
				return AuditReport.Format.parse(name);
			}
			catch (UserInputException ex) {
				throw new TypeConversionException("\"" + name + "\" is not csv, html or xlsx");
			}
		}

	}

}
