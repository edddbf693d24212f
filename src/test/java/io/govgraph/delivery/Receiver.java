package io.govgraph.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the tests: a real HTTP server on a free port that keeps every request it
 * gets and answers with the status codes it is told, in turn (200 once they run out); it can be
 * made to hold its answers until a latch opens.
 */
final class Receiver implements AutoCloseable {

	/** One request as received. */
	record Request(Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}

		String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	private final HttpServer server;

	final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	private volatile CountDownLatch hold = new CountDownLatch(0);

	/** Opens once a request is waiting on the hold. */
	final CountDownLatch held = new CountDownLatch(1);

	Receiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/hook", exchange -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
			this.requests.add(new Request(headers, body));
			try {
				this.held.countDown();
				this.hold.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			Integer status = this.answers.poll();
			exchange.sendResponseHeaders(status == null ? 200 : status, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** The next answers, in turn. */
	Receiver answer(Integer... statusCodes) {
		this.answers.addAll(java.util.List.of(statusCodes));
		return this;
	}

	/** Holds every answer until {@link #release()}. */
	void hold() {
		this.hold = new CountDownLatch(1);
	}

	void release() {
		this.hold.countDown();
	}

	Request next(long seconds) throws InterruptedException {
		return this.requests.poll(seconds, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
	}

}
