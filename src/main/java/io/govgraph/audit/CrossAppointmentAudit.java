package io.govgraph.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.crossappointment.CompoundSides;
import io.govgraph.crossappointment.CrossAppointment;
import io.govgraph.crossappointment.CrossAppointmentService;
import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.crossappointment.OwnersCommitteeComposition;
import io.govgraph.store.CypherQueries;

/**
 * The cross-appointment lists of the organization department: who is cross-appointed where and
 * through which posts, and the figures rolled up street → community → compound.
 */
@Service
@Transactional(readOnly = true)
public class CrossAppointmentAudit {

	private final CrossAppointmentService crossAppointments;

	private final Neo4jClient client;

	private final String compoundTree;

	public CrossAppointmentAudit(CrossAppointmentService crossAppointments, Neo4jClient client, CypherQueries cypher) {
		this.crossAppointments = crossAppointments;
		this.client = client;
		this.compoundTree = cypher.get("audit/compound_tree");
	}

	/** Every cross-appointment of the scope on the day, by compound then person. */
	public List<CrossAppointment> list(String scopeId, LocalDate asOf) {
		return this.crossAppointments.crossAppointments(scopeId, asOf);
	}

	/** The compounds of the scope (null: everywhere) on the day, with their sides. */
	public List<CompoundSides> compounds(String scopeId, LocalDate asOf) {
		return this.crossAppointments.compounds(scopeId, asOf);
	}

	/** The roll-up of the scope on the day: one tree per street holding compounds of the scope. */
	public List<Rollup> rollup(String scopeId, LocalDate asOf) {
		return rollupOf(compounds(scopeId, asOf), asOf);
	}

	/** The roll-up of these compounds (of {@link #compounds}) on the day. */
	public List<Rollup> rollupOf(List<CompoundSides> compounds, LocalDate asOf) {
		Map<String, CompoundSides> sides = compounds.stream()
			.collect(Collectors.toMap(CompoundSides::compoundId, Function.identity()));
		List<Map<String, Object>> places = List.copyOf(this.client.query(this.compoundTree)
			.bindAll(Map.of("compoundIds", List.copyOf(sides.keySet()), "asOf", asOf))
			.fetch()
			.all());
		Map<String, OwnersCommitteeComposition> compositions = this.crossAppointments.compositions(
				places.stream().map(p -> (String) p.get("ownersCommittee")).filter(Objects::nonNull).toList(), asOf);
		// street -> community -> compounds, each in id order
		Map<List<String>, Map<List<String>, List<Rollup>>> tree = new TreeMap<>(KEY_ORDER);
		for (Map<String, Object> place : places) {
			String compound = (String) place.get("compound");
			String oc = (String) place.get("ownersCommittee");
			CompoundSides cs = sides.get(compound);
			Rollup leaf = new Rollup(compound, (String) place.get("compoundName"), "COMPOUND",
					CrossAppointmentStats.of(List.of(cs)), oc == null ? 0 : 1, oc == null ? null : compositions.get(oc),
					oc == null ? List.of(compound) : List.of(), List.of());
			tree.computeIfAbsent(key(place, "street", "streetName"), k -> new TreeMap<>(KEY_ORDER))
				.computeIfAbsent(key(place, "community", "communityName"), k -> new ArrayList<>())
				.add(leaf);
		}
		List<Rollup> streets = new ArrayList<>();
		tree.forEach((street, communities) -> {
			List<Rollup> communityNodes = new ArrayList<>();
			communities.forEach((community, leaves) -> {
				leaves.sort(Comparator.comparing(Rollup::unitId));
				communityNodes.add(node(community, "COMMUNITY", leaves, sides));
			});
			streets.add(node(street, "STREET", communityNodes, sides));
		});
		return streets;
	}

	private static final Comparator<List<String>> KEY_ORDER = Comparator
		.comparing((List<String> k) -> k.get(0) == null ? "\uffff" : k.get(0));

	private static List<String> key(Map<String, Object> place, String id, String name) {
		return Arrays.asList((String) place.get(id), (String) place.get(name));
	}

	private static Rollup node(List<String> key, String level, List<Rollup> children, Map<String, CompoundSides> sides) {
		List<String> compoundIds = new ArrayList<>();
		children.forEach(c -> collectCompounds(c, compoundIds));
		CrossAppointmentStats stats = CrossAppointmentStats.of(compoundIds.stream().map(sides::get).toList());
		int[] sum = new int[4];
		int ownersCommittees = 0;
		List<String> without = new ArrayList<>();
		for (Rollup child : children) {
			ownersCommittees += child.ownersCommittees();
			without.addAll(child.compoundsWithoutOwnersCommittee());
			if (child.composition() != null) {
				sum[0] += child.composition().members();
				sum[1] += child.composition().partyMembers();
				sum[2] += child.composition().reps();
				sum[3] += child.composition().partyReps();
			}
		}
		return new Rollup(key.get(0), key.get(1), level, stats, ownersCommittees,
				new OwnersCommitteeComposition(sum[0], sum[1], sum[2], sum[3]), List.copyOf(without), List.copyOf(children));
	}

	private static void collectCompounds(Rollup node, List<String> into) {
		if (node.level().equals("COMPOUND")) {
			into.add(node.unitId());
		}
		node.children().forEach(c -> collectCompounds(c, into));
	}

	/** Flattens roll-up trees, parents before their children. */
	static List<Rollup> flatten(List<Rollup> roots) {
		List<Rollup> all = new ArrayList<>();
		roots.forEach(r -> {
			all.add(r);
			all.addAll(flatten(r.children()));
		});
		return all;
	}

	static Map<String, Rollup> byId(List<Rollup> roots) {
		Map<String, Rollup> result = new LinkedHashMap<>();
		flatten(roots).forEach(r -> result.put(r.unitId(), r));
		return result;
	}

}
