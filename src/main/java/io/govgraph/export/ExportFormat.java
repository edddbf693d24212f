package io.govgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.govgraph.web.UserInputException;

/** The formats a graph export is written in. */
public enum ExportFormat {

	/** Cytoscape.js elements JSON; UNDER pairs become {@code parent} (compound nodes). */
	CYTOSCAPE("json", "application/json"),

	/** GraphML, every key declared for nodes or for edges. */
	GRAPHML("graphml", "application/graphml+xml"),

	/** GEXF 1.3 in dynamic mode: dated units, people, posts and links carry their days. */
	GEXF("gexf", "application/gexf+xml");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The format by its name in a URL or an option ({@code cytoscape}, {@code graphml}, {@code gexf}). */
	public static ExportFormat named(String name) {
		return Arrays.stream(values())
			.filter(f -> f.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new UserInputException("format: unknown export format \"" + name + "\" (one of "
					+ Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
					+ ")"));
	}

}
