package io.govgraph.export;

/**
 * An export refused before anything was written, with the HTTP status that says why (403 not
 * allowed, 422 too large, 503 busy), a message naming the setting, and how many seconds to wait
 * before trying again (0: retrying will not help).
 */
class ExportRefused extends RuntimeException {

	private final int status;

	private final int retryAfterSeconds;

	ExportRefused(int status, String message, int retryAfterSeconds) {
		super(message);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	int status() {
		return this.status;
	}

	int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
