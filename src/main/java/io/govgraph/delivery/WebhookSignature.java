package io.govgraph.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on a webhook delivery: {@code GovGraph-Signature: t=<unix seconds>,v1=<hex>}, where
 * the hex is HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), of the timestamp, a dot
 * and the body as sent. The timestamp is signed with the body so that a receiver can refuse a
 * delivery replayed later (docs/delivery.md: five minutes).
 */
public final class WebhookSignature {

	/** The header carrying the signature. */
	public static final String HEADER = "GovGraph-Signature";

	/** How far from its own clock a receiver should accept a timestamp. */
	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private WebhookSignature() {
	}

	/** The header's value for this body, signed at {@code timestamp} (unix seconds). */
	public static String header(String secret, long timestamp, byte[] body) {
		return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
	}

	/**
	 * Whether the header is a valid signature of the body with this secret, made within the tolerance
	 * of {@code now} (unix seconds).
	 */
	public static boolean verify(String secret, String header, byte[] body, long now, Duration tolerance) {
		if (header == null) {
			return false;
		}
		Long timestamp = null;
		String signature = null;
		for (String part : header.split(",")) {
			String p = part.strip();
			if (p.startsWith("t=")) {
				try {
					timestamp = Long.parseLong(p.substring(2));
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
			else if (p.startsWith("v1=")) {
				signature = p.substring(3);
			}
		}
		if (timestamp == null || signature == null || Math.abs(now - timestamp) > tolerance.toSeconds()) {
			return false;
		}
		return MessageDigest.isEqual(hmac(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	static String hmac(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// every Java runtime has HmacSHA256, and any byte string is a valid HMAC key
			throw new IllegalStateException(ex);
		}
	}

}
