package io.govgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** What another program on this machine does with a Bolt port: a driver, or a web page's WebSocket. */
final class BoltClient {

	private BoltClient() {
	}

	/** The answer of one query over Bolt at {@code port} with these credentials. */
	static String query(int port, AuthToken auth, String cypher) {
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, auth);
				var session = driver.session()) {
			return session.run(cypher).single().get(0).toString();
		}
	}

	/**
	 * The status line a browser gets when a page of {@code origin} opens
	 * {@code new WebSocket("ws://127.0.0.1:<port>")}, or "" when the port closed without an answer.
	 */
	static String webSocketUpgrade(int port, String origin) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
					+ (origin != null ? "Origin: " + origin + "\r\n" : "") + "\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return line.toString().strip();
		}
	}

}
