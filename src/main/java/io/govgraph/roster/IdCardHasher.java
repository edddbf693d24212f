package io.govgraph.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a 身份证号 into the only thing GovGraph keeps of it: HMAC-SHA256 under the installation's
 * secret key, which lives in a file outside the database (so that a copy of the store alone
 * cannot be searched for a known number). The key file is made on first use, readable by its
 * owner only. Neither the number nor the key is ever stored, logged or put in a message.
 */
public final class IdCardHasher {

	private static final int KEY_BYTES = 32;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECKS = "10X98765432";

	private final byte[] key;

	private IdCardHasher(byte[] key) {
		this.key = key;
	}

	/** The hasher with the key in this file, making the file (owner-only) when it does not exist. */
	public static IdCardHasher withKeyFile(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			byte[] key = Files.readAllBytes(file);
			if (key.length < 16) {
				throw new IllegalStateException("the ID-card key file " + file + " holds " + key.length
						+ " bytes; at least 16 are needed (delete it to have a new one made, which unlinks stored hashes)");
			}
			return new IdCardHasher(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or make the ID-card key file " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (!Files.exists(dir)) {
			if (posix) {
				Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(dir);
			}
		}
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		try {
			if (posix) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(
						java.nio.file.attribute.PosixFilePermission.OWNER_READ,
						java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
			}
			else {
				Files.createFile(file);
			}
			Files.write(file, key, StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (FileAlreadyExistsException ex) {
			// another process made it first: use theirs
		}
	}

	/**
	 * The keyed hash (hex) of a 身份证号 after folding (width, spaces, x → X); throws when it is not
	 * an 18-character number with a right check digit or a 15-digit old one. The message never
	 * repeats the number.
	 */
	public String hash(String written) {
		String id = RosterText.name(written);
		if (!valid(id)) {
			throw new IllegalArgumentException("not a valid ID-card number (18 characters with a right check digit, "
					+ "or 15 digits); the value is not repeated here");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	static boolean valid(String id) {
		if (id.matches("\\d{15}")) {
			return true;
		}
		if (!id.matches("\\d{17}[\\dX]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECKS.charAt(sum % 11) == id.charAt(17);
	}

	@Override
	public String toString() {
		return "IdCardHasher[key withheld]";
	}

}
