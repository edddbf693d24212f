package io.govgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.unit.DataSize;

/**
 * Health of the embedded store ({@code /actuator/health/embeddedStore}): DOWN when its database
 * is not available or the disk under it has less than {@code govgraph.embedded.min-free-disk}
 * free; details give the path, the free space and the store's size on disk.
 */
class EmbeddedStoreHealthIndicator extends AbstractHealthIndicator {

	private final EmbeddedNeo4j embedded;

	private final DataSize minFree;

	EmbeddedStoreHealthIndicator(EmbeddedNeo4j embedded, DataSize minFree) {
		super("Embedded store health check failed");
		this.embedded = embedded;
		this.minFree = minFree;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws IOException {
		Path home = this.embedded.home();
		boolean available = this.embedded.isAvailable();
		long free = Files.getFileStore(home).getUsableSpace();
		builder.status(available && free >= this.minFree.toBytes() ? "UP" : "DOWN")
			.withDetail("available", available)
			.withDetail("path", home.toString())
			.withDetail("freeDiskBytes", free)
			.withDetail("minFreeDiskBytes", this.minFree.toBytes())
			.withDetail("storeSizeBytes", sizeOf(home));
	}

	private static long sizeOf(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					// A transaction log rotated away while walking: it no longer takes space.
					return 0;
				}
			}).sum();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
