package io.govgraph.model;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows per second, percentage and time left, on one redrawn terminal line. */
class ProgressLineTests {

	final AtomicLong nanos = new AtomicLong();

	final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

	private ProgressLine progress(long total) {
		return new ProgressLine("import city", total, "rows", new PrintStream(this.terminal, true, StandardCharsets.UTF_8),
				this.nanos::get);
	}

	private void after(Duration d) {
		this.nanos.addAndGet(d.toNanos());
	}

	@Test
	void showsRateShareAndTimeLeft() {
		ProgressLine p = progress(1_000_000);
		after(Duration.ofSeconds(10));
		p.advance(250_000);
		assertThat(p.line(this.nanos.get()))
			.isEqualTo("import city: 250,000 / 1,000,000 rows (25.0%), 25,000 rows/s, 30 s left");
		after(Duration.ofSeconds(50));
		p.advance(50_000);
		assertThat(p.line(this.nanos.get()))
			.isEqualTo("import city: 300,000 / 1,000,000 rows (30.0%), 5,000 rows/s, 2 min 20 s left");
	}

	@Test
	void withoutATotalShowsRowsAndRateOnly() {
		ProgressLine p = progress(-1);
		after(Duration.ofSeconds(4));
		p.advance(2_000);
		assertThat(p.line(this.nanos.get())).isEqualTo("import city: 2,000 rows, 500 rows/s, 4 s elapsed");
	}

	@Test
	void redrawsOneLineAtMostFiveTimesASecondAndEndsIt() {
		ProgressLine p = progress(100);
		after(Duration.ofMillis(100));
		p.advance(10); // too soon: not drawn
		after(Duration.ofMillis(150));
		p.advance(10);
		after(Duration.ofMillis(10));
		p.advance(80); // too soon again
		p.close();
		p.close();
		String shown = this.terminal.toString(StandardCharsets.UTF_8);
		assertThat(shown.split("\r", -1)).hasSize(3); // "", the line at 20 rows, the final line
		assertThat(shown).contains("20 / 100 rows (20.0%)").endsWith("100 / 100 rows (100.0%), 385 rows/s, 0 s elapsed" + System.lineSeparator());
		assertThat(p.done()).isEqualTo(100);
	}

	@Test
	void longDurationsReadAsHoursAndMinutes() {
		assertThat(ProgressLine.duration(Duration.ofSeconds(59))).isEqualTo("59 s");
		assertThat(ProgressLine.duration(Duration.ofSeconds(3_725))).isEqualTo("1 h 02 min");
	}

}
