package io.govgraph.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.govgraph.security.Caller;
import io.govgraph.web.UserInputException;

/**
 * {@code POST /rosters} (spec rosters.md): the {@code rosters} command over HTTP for editors. The
 * files are the multipart parts named {@code file}, in the order sent; {@code dryRun} and
 * {@code asOf} are the command's {@code --dry-run} and {@code --as-of}. Same rules and report:
 * 200 with the report when written (or a clean dry run), 422 with every problem as
 * {@code file!sheet!cell: column: message} when rejected, nothing written.
 */
@RestController
class RosterUploadController {

	/** The multipart part that carries a roster file. */
	static final String PART = "file";

	/**
	 * The answer: the report as the command prints it ({@code report}), and the same figures as
	 * fields.
	 *
	 * @param written whether the store was changed
	 * @param dryRun whether nothing was meant to be written
	 * @param importId the import's id when written
	 * @param sheets one entry per sheet
	 * @param total the totals over every sheet
	 * @param skipped sheets without a header row, as {@code file!sheet}
	 * @param problems every problem as {@code file!sheet!cell: column: message}; when any, nothing
	 * was written
	 * @param report the lines the command prints
	 */
	record Answer(boolean written, boolean dryRun, String importId, List<RosterReport.SheetReport> sheets,
			RosterReport.SheetReport total, List<String> skipped, List<String> problems, List<String> report) {

		static Answer of(RosterReport report) {
			return new Answer(report.written(), report.dryRun(), report.importId(), report.sheets(),
					report.rejected() ? null : report.total(), report.skipped(),
					report.problems().stream().map(RosterProblem::toString).toList(), report.lines());
		}

	}

	private final RosterImporter importer;

	RosterUploadController(RosterImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/rosters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Answer> rosters(MultipartHttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		List<String> others = request.getMultiFileMap().keySet().stream().filter(name -> !PART.equals(name)).toList();
		if (!others.isEmpty()) {
			throw new UserInputException("unknown part(s) " + others + ": send each roster as a part named \"" + PART + "\"");
		}
		List<MultipartFile> parts = request.getFiles(PART);
		if (parts.isEmpty()) {
			throw new UserInputException("no roster: send each .xlsx or .csv file as a part named \"" + PART + "\"");
		}
		List<RosterImporter.RosterFile> files = new ArrayList<>();
		List<RosterProblem> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (MultipartFile part : parts) {
			String name = fileName(part.getOriginalFilename());
			if (name.isEmpty()) {
				throw new UserInputException("a part named \"" + PART + "\" has no file name: the name (.xlsx or .csv) "
						+ "is how a roster is read and how its problems are reported");
			}
			if (!names.add(name)) {
				problems.add(new RosterProblem(name, "", "-", "-", "sent twice in one upload; file names must be unique"));
				continue;
			}
			files.add(new RosterImporter.RosterFile(name, bytes(part)));
		}
		RosterReport report = problems.isEmpty()
				? this.importer.importFiles(files, asOf, dryRun, Caller.current().name())
				: new RosterReport(null, dryRun, List.of(), List.of(), problems);
		return ResponseEntity.status(report.rejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Answer.of(report));
	}

	/** The last segment of a client's file name (some browsers send a whole path). */
	static String fileName(String original) {
		if (original == null) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		return name.strip();
	}

	private static byte[] bytes(MultipartFile part) {
		try {
			return part.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the uploaded file " + part.getOriginalFilename(), ex);
		}
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<String> userInput(UserInputException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
	}

}
