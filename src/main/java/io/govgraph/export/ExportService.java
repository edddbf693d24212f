package io.govgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.export.ExportGraph.Edge;
import io.govgraph.export.ExportGraph.Spell;
import io.govgraph.export.ExportGraph.Vertex;
import io.govgraph.linkage.GraphVertex;
import io.govgraph.linkage.NeighbourhoodWalk;
import io.govgraph.linkage.ScopeService;
import io.govgraph.security.AccessLog;
import io.govgraph.security.Caller;
import io.govgraph.security.Masking;
import io.govgraph.security.Role;
import io.govgraph.web.UserInputException;

/**
 * Reads the part of the graph an export covers (a scope, the whole graph, or the neighbourhood of
 * some vertices) and writes it in a format a visualization tool reads. Over HTTP
 * ({@link #stream}) the rows flow from the store to the response as they are read, within the
 * bounds of {@link ExportProperties}; the command line gets the graph whole ({@link #scope},
 * {@link #neighborhood}) to count and show progress.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ExportService {

	private static final Runnable NO_PROGRESS = () -> {
	};

	/** What an export refused for being busy asks its client to wait, in seconds. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final ExportRepository repository;

	private final ScopeService scopes;

	private final NeighbourhoodWalk walk;

	private final AccessLog accessLog;

	private final ExportProperties limits;

	private final Semaphore running;

	ExportService(ExportRepository repository, ScopeService scopes, NeighbourhoodWalk walk, AccessLog accessLog,
			ExportProperties limits) {
		this.repository = repository;
		this.scopes = scopes;
		this.walk = walk;
		this.accessLog = accessLog;
		this.limits = limits;
		this.running = new Semaphore(limits.maxConcurrent());
	}

	/** The units and (for a neighbourhood) the people an export covers. */
	private record Selection(List<String> unitIds, Set<String> personIds, LocalDate asOf, boolean history) {
	}

	/**
	 * The scope of a unit (docs/spec/analysis.md §Scope) on {@code asOf}, or the whole graph when
	 * {@code scopeId} is null: its units, the people with a post in them, the UNDER pairs, links and
	 * posts among them — those in force on {@code asOf}, or every dated one when {@code history}.
	 */
	public ExportGraph scope(String scopeId, LocalDate asOf, boolean history) {
		return scope(scopeId, asOf, history, NO_PROGRESS);
	}

	/** As {@link #scope(String, LocalDate, boolean)}, calling {@code read} once per row read. */
	public ExportGraph scope(String scopeId, LocalDate asOf, boolean history, Runnable read) {
		return this.repository.read(null, reads -> whole(reads, select(reads, scopeId, null, 0, asOf, history), read,
				"graph export (command line)"));
	}

	/**
	 * The vertices within {@code depth} steps of {@code ids} in the linkage graph on {@code asOf}
	 * ({@link NeighbourhoodWalk#whole}), and the edges among them.
	 */
	public ExportGraph neighborhood(Collection<String> ids, int depth, LocalDate asOf, boolean history) {
		return neighborhood(ids, depth, asOf, history, NO_PROGRESS);
	}

	/** As {@link #neighborhood(Collection, int, LocalDate, boolean)}, calling {@code read} once per row read. */
	public ExportGraph neighborhood(Collection<String> ids, int depth, LocalDate asOf, boolean history, Runnable read) {
		return this.repository.read(null, reads -> whole(reads, select(reads, null, ids, depth, asOf, history), read,
				"graph export (command line)"));
	}

	/** Writes the graph in the format. */
	public void write(ExportGraph graph, ExportFormat format, Writer out) {
		write(graph, format, out, NO_PROGRESS);
	}

	/** Writes the graph in the format, calling {@code written} once per vertex or edge written. */
	public void write(ExportGraph graph, ExportFormat format, Writer out, Runnable written) {
		write((ExportSource) graph, format, out, written);
	}

	/**
	 * Writes a scope ({@code scopeId}), the neighbourhood of {@code ids} or, with neither, the whole
	 * graph to the writer {@code open} gives, reading the rows as they are written, in one read
	 * transaction of at most {@code govgraph.export.timeout}. Before anything is written it refuses
	 * ({@link ExportRefused}) a whole graph to an account neither auditor nor admin (unless
	 * {@code govgraph.export.whole-graph-for-everyone}), more than {@code govgraph.export.max-vertices}
	 * vertices, and an export beyond {@code govgraph.export.max-concurrent} running ones.
	 * @param request what was asked, as the access log keeps it (no literal values)
	 */
	public void stream(String scopeId, List<String> ids, int depth, LocalDate asOf, boolean history,
			ExportFormat format, String request, Supplier<Writer> open) {
		if (scopeId != null && ids != null) {
			throw new UserInputException("scope, ids: give a scope or ids, not both");
		}
		Caller caller = Caller.current();
		if (scopeId == null && ids == null && !this.limits.wholeGraphForEveryone() && !caller.has(Role.AUDITOR)
				&& !caller.has(Role.ADMIN)) {
			throw new ExportRefused(403,
					"Not allowed: an export of the whole graph (no scope, no ids) needs the role AUDITOR or ADMIN"
							+ " (govgraph.export.whole-graph-for-everyone is false); account \"" + caller.name()
							+ "\" has " + caller.roles() + ". Export a scope (?scope=ID) instead.",
					0);
		}
		if (!this.running.tryAcquire()) {
			throw new ExportRefused(503, "Busy: " + this.limits.maxConcurrent()
					+ " exports are running, as many as may run at once (govgraph.export.max-concurrent); try again in "
					+ RETRY_AFTER_SECONDS + " s.", RETRY_AFTER_SECONDS);
		}
		try {
			this.repository.read(this.limits.timeout(), reads -> {
				Selection selection = select(reads, scopeId, ids, depth, asOf, history);
				long vertices = selection.unitIds().size()
						+ reads.people(selection.unitIds(), selection.personIds(), asOf, history);
				if (vertices > this.limits.maxVertices()) {
					throw new ExportRefused(422, "Too large: this export would hold " + vertices
							+ " vertices; at most " + this.limits.maxVertices()
							+ " may be exported at once (govgraph.export.max-vertices). Export a smaller scope.", 0);
				}
				Streamed source = new Streamed(reads, selection, caller, NO_PROGRESS);
				try {
					Writer out = open.get();
					write(source, format, out, NO_PROGRESS);
					out.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				finally {
					log(caller, source, request);
				}
				return null;
			});
		}
		finally {
			this.running.release();
		}
	}

	private Selection select(ExportRepository.Reads reads, String scopeId, Collection<String> ids, int depth,
			LocalDate asOf, boolean history) {
		if (ids != null) {
			NeighbourhoodWalk.Reach reach = this.walk.whole(ids, depth, asOf);
			List<String> unitIds = new ArrayList<>();
			Set<String> personIds = new TreeSet<>();
			reach.vertices().forEach(v -> (GraphVertex.UNIT.equals(v.kind()) ? unitIds : personIds).add(v.id()));
			return new Selection(unitIds, personIds, asOf, history);
		}
		List<String> unitIds = scopeId == null ? reads.allUnitIds(asOf, history)
				: this.scopes.units(scopeId, asOf).stream().map(ScopeService.ScopeUnit::id).toList();
		return new Selection(unitIds, null, asOf, history);
	}

	/** The whole export read into memory, and logged. */
	private ExportGraph whole(ExportRepository.Reads reads, Selection selection, Runnable read, String request) {
		Caller caller = Caller.current();
		Streamed source = new Streamed(reads, selection, caller, read);
		List<Vertex> vertices = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		source.vertices(vertices::add);
		source.edges(edges::add);
		log(caller, source, request);
		return new ExportGraph(vertices, edges, selection.asOf(), selection.history());
	}

	/** Names in full are for auditors only, and each such export is logged. */
	private void log(Caller caller, Streamed source, String request) {
		if (!source.namedInFull.isEmpty()) {
			this.accessLog.record(caller.name(), "export", "graph export", request, List.copyOf(source.namedInFull));
		}
	}

	private static void write(ExportSource source, ExportFormat format, Writer out, Runnable written) {
		Consumer<Object> tick = element -> written.run();
		switch (format) {
			case CYTOSCAPE -> CytoscapeJson.write(source, out, tick);
			case GRAPHML -> GraphMl.write(source, out, tick);
			case GEXF -> Gexf.write(source, out, tick);
		}
	}

	/**
	 * The vertices and edges of a selection read from the store as a writer asks for them: units by
	 * id, then people by id (each from their posts, which the statement orders by person), then links,
	 * posts and UNDER pairs. Holds the selection's ids and the ids of the people named in full.
	 */
	private static final class Streamed implements ExportSource {

		private final ExportRepository.Reads reads;

		private final Selection selection;

		private final Set<String> units;

		private final Caller caller;

		private final Runnable read;

		private final Set<String> namedInFull = new TreeSet<>();

		Streamed(ExportRepository.Reads reads, Selection selection, Caller caller, Runnable read) {
			this.reads = reads;
			this.selection = selection;
			this.units = new HashSet<>(selection.unitIds());
			this.caller = caller;
			this.read = read;
		}

		@Override
		public LocalDate asOf() {
			return this.selection.asOf();
		}

		@Override
		public boolean history() {
			return this.selection.history();
		}

		@Override
		public boolean hasUnit(String id) {
			return this.units.contains(id);
		}

		@Override
		public void vertices(Consumer<Vertex> each) {
			this.reads.units(this.selection.unitIds(), u -> {
				this.read.run();
				List<Spell> spells = u.founded() == null && u.dissolved() == null ? List.of()
						: List.of(new Spell(u.founded(), u.dissolved() == null ? null : u.dissolved().minusDays(1)));
				each.accept(new Vertex(u.id(), "UNIT", u.type(), u.name(), u.parentId(), u.sector(), u.founded(),
						u.dissolved(), spells));
			});
			// A person is part of the graph on exactly the days one of their posts is in force.
			List<ExportRepository.PostRow> ofOne = new ArrayList<>();
			Runnable person = () -> {
				ExportRepository.PostRow first = ofOne.get(0);
				each.accept(new Vertex(first.personId(), "PERSON", null, name(first), null, null, null, null,
						union(ofOne.stream().map(p -> new Spell(p.since(), p.until())).toList())));
				ofOne.clear();
			};
			posts(p -> {
				if (!ofOne.isEmpty() && !ofOne.get(0).personId().equals(p.personId())) {
					person.run();
				}
				ofOne.add(p);
			});
			if (!ofOne.isEmpty()) {
				person.run();
			}
		}

		private String name(ExportRepository.PostRow post) {
			if (this.caller.seesPersonalData()) {
				this.namedInFull.add(post.personId());
				return post.personName();
			}
			return Masking.surname(post.personName());
		}

		@Override
		public void edges(Consumer<Edge> each) {
			this.reads.links(this.selection.unitIds(), asOf(), history(), l -> {
				this.read.run();
				each.accept(new Edge("link:" + l.fromId() + ":" + l.type() + ":" + l.toId() + ":" + text(l.since()),
						"LINK", l.type(), l.fromId(), l.toId(), null, null, l.since(), l.until()));
			});
			posts(p -> each.accept(new Edge("post:" + p.personId() + ":" + p.unitId() + ":" + p.role() + ":"
					+ text(p.since()), "POST", "HOLDS_POST", p.personId(), p.unitId(), p.role(), p.title(), p.since(),
					p.until())));
			this.reads.under(this.selection.unitIds(), (child, parent) -> {
				this.read.run();
				each.accept(new Edge("under:" + child, "UNDER", "UNDER", child, parent, null, null, null, null));
			});
		}

		private void posts(Consumer<ExportRepository.PostRow> each) {
			this.reads.posts(this.selection.unitIds(), this.selection.personIds(), asOf(), history(), p -> {
				this.read.run();
				each.accept(p);
			});
		}

	}

	/**
	 * The union of closed day intervals as disjoint, non-adjacent intervals in order; an empty list
	 * when the union is every day.
	 */
	static List<Spell> union(List<Spell> spells) {
		List<Spell> sorted = new ArrayList<>(spells);
		sorted.sort(Comparator.comparing(Spell::start, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<Spell> merged = new ArrayList<>();
		for (Spell s : sorted) {
			Spell last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (last.end() == null || s.start() == null || !s.start().isAfter(last.end().plusDays(1)))) {
				LocalDate end = last.end() == null || s.end() == null ? null
						: (s.end().isAfter(last.end()) ? s.end() : last.end());
				merged.set(merged.size() - 1, new Spell(last.start(), end));
			}
			else {
				merged.add(s);
			}
		}
		return merged.size() == 1 && merged.get(0).start() == null && merged.get(0).end() == null ? List.of() : merged;
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
