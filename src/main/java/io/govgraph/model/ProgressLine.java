package io.govgraph.model;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ProgressLine of one long piece of work (an import, an export, an audit): rows done, rows per second,
 * percentage and time left. On a terminal ({@link System#console()} present) it redraws one line
 * on standard error at most five times a second; otherwise it logs a line at INFO every few
 * seconds, so that a job runner's log shows that the work is alive and how far it got. Thread-safe:
 * several workers may {@link #advance(long)} one instance.
 */
public final class ProgressLine implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ProgressLine.class);

	static final long TERMINAL_EVERY_NANOS = 200_000_000L;

	static final long LOG_EVERY_NANOS = 5_000_000_000L;

	private final String what;

	private final long total;

	private final String unit;

	private final PrintStream terminal;

	private final LongSupplier clock;

	private final long started;

	private long done;

	private long lastShown;

	private int lastWidth;

	private boolean closed;

	ProgressLine(String what, long total, String unit, PrintStream terminal, LongSupplier clock) {
		this.what = what;
		this.total = total;
		this.unit = unit;
		this.terminal = terminal;
		this.clock = clock;
		this.started = clock.getAsLong();
		this.lastShown = this.started;
	}

	/**
	 * Starts reporting the progress of {@code what}.
	 * @param total the rows the work will take, or a negative number when not known (no percentage
	 * and no time left are shown then)
	 */
	public static ProgressLine start(String what, long total) {
		return start(what, total, "rows");
	}

	/** As {@link #start(String, long)}, counting {@code unit} (e.g. "rules") instead of rows. */
	public static ProgressLine start(String what, long total, String unit) {
		return new ProgressLine(what, total, unit, System.console() != null ? System.err : null, System::nanoTime);
	}

	/** Adds {@code rows} to the rows (or other units) done, and shows the progress when it is time to. */
	public synchronized void advance(long rows) {
		this.done += rows;
		long now = this.clock.getAsLong();
		long every = this.terminal != null ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS;
		if (now - this.lastShown >= every) {
			this.lastShown = now;
			show(line(now));
		}
	}

	/** Rows done so far. */
	public synchronized long done() {
		return this.done;
	}

	/** The progress as shown, e.g. {@code import: 120,000 / 1,000,000 rows (12.0%), 40,000 rows/s, 22 s left}. */
	synchronized String line(long now) {
		double seconds = Math.max(1e-9, (now - this.started) / 1e9);
		double rate = this.done / seconds;
		StringBuilder line = new StringBuilder(this.what).append(": ")
			.append(String.format(Locale.ROOT, "%,d", this.done));
		if (this.total >= 0) {
			line.append(String.format(Locale.ROOT, " / %,d %s (%.1f%%)", this.total, this.unit,
					this.total == 0 ? 100.0 : 100.0 * this.done / this.total));
		}
		else {
			line.append(' ').append(this.unit);
		}
		line.append(String.format(Locale.ROOT, rate >= 10 ? ", %,.0f %s/s" : ", %,.1f %s/s", rate, this.unit));
		if (this.total >= 0 && rate > 0 && this.done < this.total) {
			line.append(", ").append(duration(Duration.ofSeconds(Math.round((this.total - this.done) / rate))))
				.append(" left");
		}
		else if (this.total < 0 || this.done >= this.total) {
			line.append(", ").append(duration(Duration.ofSeconds(Math.round(seconds)))).append(" elapsed");
		}
		return line.toString();
	}

	static String duration(Duration d) {
		long s = d.getSeconds();
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
	}

	private void show(String line) {
		if (this.terminal != null) {
			// Pad over the rest of a longer previous line; \r returns to the start of the same line.
			String padded = line + " ".repeat(Math.max(0, this.lastWidth - line.length()));
			this.lastWidth = line.length();
			this.terminal.print("\r" + padded);
			this.terminal.flush();
		}
		else {
			log.info(line);
		}
	}

	/** Shows the final figures and ends the line. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		show(line(this.clock.getAsLong()));
		if (this.terminal != null) {
			this.terminal.println();
		}
	}

}
