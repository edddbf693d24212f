package io.govgraph.export;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

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

/**
 * Builds the part of the graph an export covers (a scope, the whole graph, or the neighbourhood of
 * some vertices) and writes it in a format a visualization tool reads.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ExportService {

	private static final Runnable NO_PROGRESS = () -> {
	};

	private final ExportRepository repository;

	private final ScopeService scopes;

	private final NeighbourhoodWalk walk;

	private final AccessLog accessLog;

	ExportService(ExportRepository repository, ScopeService scopes, NeighbourhoodWalk walk, AccessLog accessLog) {
		this.repository = repository;
		this.scopes = scopes;
		this.walk = walk;
		this.accessLog = accessLog;
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
		List<String> unitIds = scopeId == null ? this.repository.allUnitIds(asOf, history)
				: this.scopes.units(scopeId, asOf).stream().map(ScopeService.ScopeUnit::id).toList();
		return build(unitIds, null, asOf, history, read);
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
		NeighbourhoodWalk.Reach reach = this.walk.whole(ids, depth, asOf);
		List<String> unitIds = new ArrayList<>();
		Set<String> personIds = new TreeSet<>();
		reach.vertices().forEach(v -> (GraphVertex.UNIT.equals(v.kind()) ? unitIds : personIds).add(v.id()));
		return build(unitIds, personIds, asOf, history, read);
	}

	/** Writes the graph in the format. */
	public void write(ExportGraph graph, ExportFormat format, Writer out) {
		write(graph, format, out, NO_PROGRESS);
	}

	/** Writes the graph in the format, calling {@code written} once per vertex or edge written. */
	public void write(ExportGraph graph, ExportFormat format, Writer out, Runnable written) {
		// An exporter may ask for an element's attributes more than once: each element counts once.
		Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		Consumer<Object> tick = element -> {
			if (seen.add(element)) {
				written.run();
			}
		};
		switch (format) {
			case CYTOSCAPE -> CytoscapeJson.write(graph, out, tick);
			case GRAPHML -> GraphMl.write(graph, out, tick);
			case GEXF -> Gexf.write(graph, out, tick);
		}
	}

	private ExportGraph build(Collection<String> unitIds, Collection<String> personIds, LocalDate asOf,
			boolean history, Runnable read) {
		List<Vertex> vertices = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		for (ExportRepository.UnitRow u : this.repository.units(unitIds)) {
			read.run();
			List<Spell> spells = u.founded() == null && u.dissolved() == null ? List.of()
					: List.of(new Spell(u.founded(), u.dissolved() == null ? null : u.dissolved().minusDays(1)));
			vertices.add(new Vertex(u.id(), "UNIT", u.type(), u.name(), u.parentId(), u.sector(), u.founded(),
					u.dissolved(), spells));
		}
		this.repository.under(unitIds)
			.forEach((child, parent) -> {
				read.run();
				edges.add(new Edge("under:" + child, "UNDER", "UNDER", child, parent, null, null, null, null));
			});
		for (ExportRepository.LinkRow l : this.repository.links(unitIds, asOf, history)) {
			read.run();
			edges.add(new Edge("link:" + l.fromId() + ":" + l.type() + ":" + l.toId() + ":" + text(l.since()), "LINK",
					l.type(), l.fromId(), l.toId(), null, null, l.since(), l.until()));
		}
		Map<String, String> names = new HashMap<>();
		Map<String, List<Spell>> personSpells = new HashMap<>();
		for (ExportRepository.PostRow p : this.repository.posts(unitIds, personIds, asOf, history)) {
			read.run();
			names.put(p.personId(), p.personName());
			personSpells.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(new Spell(p.since(), p.until()));
			edges.add(new Edge("post:" + p.personId() + ":" + p.unitId() + ":" + p.role() + ":" + text(p.since()),
					"POST", "HOLDS_POST", p.personId(), p.unitId(), p.role(), p.title(), p.since(), p.until()));
		}
		// Names in full for auditors only, and each such export logged; masked for everyone else.
		Caller caller = Caller.current();
		if (caller.seesPersonalData()) {
			this.accessLog.record(caller.name(), "export", "graph export", null, new ArrayList<>(new TreeSet<>(names.keySet())));
		}
		// A person is part of the graph on exactly the days one of their posts is in force.
		names.forEach((id, name) -> vertices.add(new Vertex(id, "PERSON", null,
				caller.seesPersonalData() ? name : Masking.surname(name), null, null, null, null,
				union(personSpells.get(id)))));
		return new ExportGraph(vertices, edges, asOf, history);
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
