package io.govgraph.web;

import org.slf4j.helpers.MessageFormatter;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log line with the line breaks of the values it quotes written as {@code \n}
 * and {@code \r}, so that a value that came from a request (an id, a file name, a search) can
 * never start a forged line of its own in the log. Stands in for logback's {@code %m},
 * {@code %msg} and {@code %message} ({@code logback-spring.xml}). The message's own text is the
 * code's and is kept as written, so a report meant to span lines (Boot's failure analysis, the
 * problems of a rejected import) still does; stack traces print as before, below their line.
 */
public class OneLineMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		Object[] arguments = event.getArgumentArray();
		if (arguments == null || arguments.length == 0) {
			return event.getFormattedMessage();
		}
		Object[] quoted = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			Object a = arguments[i];
			quoted[i] = (a == null || a instanceof Throwable || a.getClass().isArray()) ? a : oneLine(a.toString());
		}
		return MessageFormatter.arrayFormat(event.getMessage(), quoted).getMessage();
	}

	/** The text with CR and LF (and the other line breaks of Unicode) written as escapes. */
	public static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = switch (c) {
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				case '\u000b', '\u000c', '\u0085', '\u2028', '\u2029' -> String.format("\\u%04x", (int) c);
				default -> null;
			};
			if (escape != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				out.append(escape != null ? escape : String.valueOf(c));
			}
		}
		return out == null ? text : out.toString();
	}

}
