package io.govgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses Bolt over WebSocket on the embedded Neo4j's Bolt port unless the page asking comes from
 * an origin in {@code govgraph.embedded.bolt-websocket-origins}: Neo4j answers a WebSocket upgrade
 * on its Bolt port from any web page, which would let a page open in a browser on this machine
 * talk to the database. Neo4j 5.26 has no setting for that, so a first handler on every Bolt
 * connection looks at the first bytes: a Bolt handshake passes untouched, an HTTP request passes
 * only with an allowed {@code Origin} and is otherwise answered 403 and closed.
 * <p>
 * A Neo4j global extension (registered in {@code META-INF/services}), so that the handler is in
 * place before the Bolt port accepts its first connection; it acts only on a DBMS that
 * {@link EmbeddedNeo4j} started (found by its home folder).
 */
public final class BoltWebSocketGuard extends ExtensionFactory<BoltWebSocketGuard.Dependencies> {

	private static final Logger log = LoggerFactory.getLogger(BoltWebSocketGuard.class);

	/** The allowed origins of each DBMS being started by {@link EmbeddedNeo4j}, by home folder. */
	private static final Map<Path, Set<String>> allowedByHome = new ConcurrentHashMap<>();

	/** What the extension needs from the DBMS. */
	public interface Dependencies {

		Config config();

		BoltServer boltServer();

	}

	public BoltWebSocketGuard() {
		super(ExtensionType.GLOBAL, "govgraph-bolt-websocket-guard");
	}

	/** Guards the DBMS about to start at {@code home}, allowing pages of these origins. */
	static void expect(Path home, List<String> allowedOrigins) {
		allowedByHome.put(home, allowedOrigins.stream().map(BoltWebSocketGuard::normalized).collect(Collectors.toSet()));
	}

	/** The DBMS at {@code home} has started (or failed to): the guard is in place or not needed. */
	static void forget(Path home) {
		allowedByHome.remove(home);
	}

	@Override
	public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
		return new LifecycleAdapter() {
			@Override
			public void start() {
				Path home = dependencies.config().get(GraphDatabaseSettings.neo4j_home).toAbsolutePath().normalize();
				Set<String> allowed = allowedByHome.get(home);
				if (allowed == null) {
					return;
				}
				// Runs after the Bolt server made its connectors and before it starts them.
				for (Connector<?> connector : dependencies.boltServer().getConnectors()) {
					connector.registerListener(new ConnectorListener() {
						@Override
						public void onConnectionCreated(Connection connection) {
							// Called while the channel is set up, before Neo4j adds its handlers.
							connection.modifyPipeline(pipeline -> pipeline.addFirst("govgraphWebSocketGuard",
									new FirstBytes(allowed)));
						}
					});
				}
			}
		};
	}

	private static String normalized(String origin) {
		String o = origin.strip().toLowerCase(Locale.ROOT);
		return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
	}

	/** Looks at a connection's first bytes once, then steps aside or closes it. */
	static final class FirstBytes extends ByteToMessageDecoder {

		/** Longer request heads than this are not a WebSocket upgrade anyone needs. */
		private static final int MAX_HEAD = 8192;

		private static final byte[] FORBIDDEN = ("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n"
				+ "Content-Length: 45\r\nConnection: close\r\n\r\nBolt over WebSocket is not allowed from here.")
			.getBytes(StandardCharsets.US_ASCII);

		private final Set<String> allowed;

		FirstBytes(Set<String> allowed) {
			this.allowed = allowed;
		}

		@Override
		protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
			if (in.readableBytes() < 4) {
				return;
			}
			// Neo4j switches to WebSocket for anything starting with GET, so that is what is checked.
			if (!in.toString(in.readerIndex(), 3, StandardCharsets.US_ASCII).equals("GET")) {
				ctx.pipeline().remove(this);
				return;
			}
			String head = in.toString(in.readerIndex(), Math.min(in.readableBytes(), MAX_HEAD),
					StandardCharsets.ISO_8859_1);
			int end = head.indexOf("\r\n\r\n");
			if (end < 0 && in.readableBytes() < MAX_HEAD) {
				return;
			}
			String origin = end < 0 ? null : origin(head.substring(0, end));
			if (origin != null && this.allowed.contains(normalized(origin))) {
				ctx.pipeline().remove(this);
				return;
			}
			log.warn("Refused Bolt over WebSocket from {} (Origin {}); see govgraph.embedded.bolt-websocket-origins",
					ctx.channel().remoteAddress(), origin == null ? "none" : "'" + origin.replaceAll("\\p{Cntrl}", "?") + "'");
			in.skipBytes(in.readableBytes());
			ctx.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
		}

		private static String origin(String head) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Origin")) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

	}

}
