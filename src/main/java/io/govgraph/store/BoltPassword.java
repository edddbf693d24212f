package io.govgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded Neo4j's {@code neo4j} user: {@code govgraph.embedded.bolt-password}
 * when set, else one generated at the first start and kept in {@value #FILE_NAME} in the store
 * folder, readable by its owner only.
 */
final class BoltPassword {

	static final String FILE_NAME = "bolt-password";

	private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

	private static final SecureRandom random = new SecureRandom();

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private BoltPassword() {
	}

	/** The configured password, else the one in the store's password file, made on first use. */
	static String of(EmbeddedNeo4jProperties properties, Path home) {
		if (properties.boltPassword() != null && !properties.boltPassword().isEmpty()) {
			return properties.boltPassword();
		}
		Path file = file(home);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return read(file);
		}
		catch (IOException ex) {
			throw new StartupProblem("The Bolt password file " + file + " could not be read or written: " + ex,
					"The store folder must be writable by the user running GovGraph; or set govgraph.embedded.bolt-password.",
					ex);
		}
	}

	static Path file(Path home) {
		return home.resolve(FILE_NAME);
	}

	/** 256 random bits, URL-safe Base64: as strong as a password gets, and safe on any command line. */
	static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Writes a new password to a temporary file that is created owner-only (never readable by others,
	 * not even for a moment) and moves it into place, so the file is never seen half written.
	 */
	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(FILE_NAME + "." + generate().substring(0, 8) + ".tmp");
		try {
			Files.write(Files.createFile(temporary, ownerOnly(file.getParent())),
					generate().getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// Another start made it first; its password is the one to use.
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		log.info("Generated the embedded Neo4j's Bolt password (user neo4j) into {}", file);
	}

	private static String read(Path file) throws IOException {
		if (isPosix(file.getParent())) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (!OWNER_ONLY.containsAll(permissions)) {
				log.warn("The Bolt password file {} was readable by others ({}); made it owner-only. "
						+ "Delete it to have a new password generated at the next start.", file,
						PosixFilePermissions.toString(permissions));
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
		}
		String password = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (password.length() < EmbeddedNeo4jProperties.MIN_PASSWORD_LENGTH) {
			throw new StartupProblem("The Bolt password file " + file + " holds fewer than "
					+ EmbeddedNeo4jProperties.MIN_PASSWORD_LENGTH + " characters.",
					"Delete it to have a new password generated, or put a longer one in it.", null);
		}
		return password;
	}

	static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
		return isPosix(folder) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
	}

	private static boolean isPosix(Path folder) throws IOException {
		return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
	}

}
