package io.govgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The comparison peer of the planner benchmark: {@code bench/neo4j-graphql/server.js}, the Neo4j
 * GraphQL Library on Apollo Server, started on Node against a Bolt URI. Installs its locked
 * packages ({@code npm ci}) on first use, and runs it as deployed: {@code NODE_ENV=production},
 * every request signed in with a JWT ({@link #bearer}) that the library's {@code @authentication}
 * checks. {@link #start} answers empty, with the reason printed, when node or npm is missing, so
 * the benchmark still measures GovGraph alone.
 */
final class Neo4jGraphQlPeer implements AutoCloseable {

	static final Path FOLDER = Path.of("bench/neo4j-graphql");

	private final Process process;

	private final URI endpoint;

	private final String secret;

	private Neo4jGraphQlPeer(Process process, URI endpoint, String secret) {
		this.process = process;
		this.endpoint = endpoint;
		this.secret = secret;
	}

	/** The peer serving the store at {@code bolt} (user neo4j with this password), or empty (with a message) when Node is missing. */
	static Optional<Neo4jGraphQlPeer> start(URI bolt, String password) throws IOException, InterruptedException {
		for (String tool : List.of("node", "npm")) {
			if (!onPath(tool)) {
				System.out.println("@neo4j/graphql peer SKIPPED: '" + tool
						+ "' is not on the PATH (install Node.js 20+ to compare with the Neo4j GraphQL Library)");
				return Optional.empty();
			}
		}
		if (!Files.isDirectory(FOLDER.resolve("node_modules/@neo4j/graphql"))) {
			run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
		}
		// The peer's output goes to a file (never a pipe nobody drains); its first line names the port.
		Path log = Path.of("target/bench/neo4j-graphql.log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder("node", "server.js").directory(FOLDER.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		String secret = HexFormat.of().formatHex(key);
		builder.environment()
			.putAll(Map.of("NEO4J_URI", bolt.toString(), "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", password, "PORT", "0",
					"NODE_ENV", "production", "JWT_SECRET", secret));
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			Optional<String> url = Files.readAllLines(log, StandardCharsets.UTF_8)
				.stream()
				.filter(l -> l.startsWith("listening on "))
				.map(l -> l.substring("listening on ".length()).trim())
				.findFirst();
			if (url.isPresent()) {
				return Optional.of(new Neo4jGraphQlPeer(process, URI.create(url.get()), secret));
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the @neo4j/graphql peer did not start:\n" + Files.readString(log));
	}

	/** How many Node workers the peer forks: one per core, as server.js counts them. */
	static int workers() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** Where the peer answers GraphQL. */
	URI endpoint() {
		return this.endpoint;
	}

	/**
	 * An {@code Authorization} header value for {@code subject}: a JWT (HS256, an hour) signed with
	 * the key the peer was started with, as the front-end's sign-in would hand out.
	 */
	String bearer(String subject) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		long now = System.currentTimeMillis() / 1000;
		String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = base64.encodeToString(
				"{\"sub\":\"%s\",\"roles\":[\"PLANNER\"],\"iat\":%d,\"exp\":%d}".formatted(subject, now, now + 3600)
					.getBytes(StandardCharsets.UTF_8));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signature = base64
				.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
			return "Bearer " + header + "." + claims + "." + signature;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static boolean onPath(String tool) {
		try {
			Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static void run(List<String> command, Duration timeout) throws IOException, InterruptedException {
		// To a file, not the test JVM's own output, which Surefire reads as its channel.
		Path log = Path.of("target/bench/npm.log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		Process p = new ProcessBuilder(command).directory(FOLDER.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
			p.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed in " + FOLDER + "; see " + log);
		}
	}

}
