package io.govgraph.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a GraphQL request whose body is larger than {@code govgraph.graphql.max-body-size},
 * before the body is parsed: at once when its Content-Length says so, else (a chunked body) once
 * that many bytes and one more have come, so no more than the limit is ever held.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final DataSize max;

	private final String refusal;

	RequestBodyLimit(DataSize max) {
		this.max = max;
		this.refusal = "{\"errors\":[{\"message\":\"The request body is larger than " + shown(max)
				+ ", the most a GraphQL request may send (govgraph.graphql.max-body-size)."
				+ " Send a shorter document or fewer variables.\",\"extensions\":{\"classification\":\"PAYLOAD_TOO_LARGE\"}}]}";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.max.toBytes()) {
			refuse(response);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(this.max.toBytes() + 1, Integer.MAX_VALUE));
			if (body.length > this.max.toBytes()) {
				refuse(response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		// the client may still be sending: tell it the connection ends rather than read the rest
		response.setHeader("Connection", "close");
		response.getOutputStream().write(this.refusal.getBytes(StandardCharsets.UTF_8));
	}

	/** 256KB, 1MB, 1000B: as a setting would say it. */
	static String shown(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + "MB";
		}
		return (bytes % 1024 == 0) ? size.toKilobytes() + "KB" : bytes + "B";
	}

	/** The request with a body already read. */
	static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// the whole body is in memory: everything is available at once, then all of it is read
					try {
						if (in.available() > 0) {
							listener.onDataAvailable();
						}
						listener.onAllDataRead();
					}
					catch (IOException | RuntimeException ex) {
						listener.onError(ex);
					}
				}
			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
