package io.govgraph.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well a resolution matches the truth, counted over pairs of mentions (docs/rosters.md,
 * "Resolution quality"): a pair is merged when both mentions resolved to one person, and truly
 * the same when both name one generated person.
 *
 * @param mentions the mentions resolved
 * @param truePeople the generated people the mentions name
 * @param resolvedPeople the people the resolver made of them
 * @param truePairs the pairs of mentions of one true person
 * @param mergedPairs the pairs the resolver merged
 * @param correctPairs the merged pairs that are truly the same
 * @param candidates the candidates left for review
 * @param candidatesSame the candidates whose two people share a true person (to decide SAME)
 * @param correctAfterReview the truly same pairs merged once every candidate is decided as the truth says
 */
public record ResolutionQuality(int mentions, int truePeople, int resolvedPeople, long truePairs, long mergedPairs,
		long correctPairs, int candidates, int candidatesSame, long correctAfterReview) {

	/** Merged pairs that are truly the same, of all merged pairs (1 when none is merged). */
	public double precision() {
		return this.mergedPairs == 0 ? 1 : (double) this.correctPairs / this.mergedPairs;
	}

	/** Truly same pairs that are merged, of all truly same pairs (1 when there are none). */
	public double recall() {
		return this.truePairs == 0 ? 1 : (double) this.correctPairs / this.truePairs;
	}

	/** The recall once the review queue is decided as the truth says. */
	public double recallAfterReview() {
		return this.truePairs == 0 ? 1 : (double) this.correctAfterReview / this.truePairs;
	}

	/** One line for the report and the docs. */
	public String line() {
		return String.format(Locale.ROOT,
				"%,d mentions of %,d people -> %,d people; merges: precision %.4f, recall %.4f (%,d of %,d true pairs, "
						+ "%,d wrong); candidates %,d (%,d truly SAME); recall after review %.4f",
				this.mentions, this.truePeople, this.resolvedPeople, this.precision(), this.recall(), this.correctPairs,
				this.truePairs, this.mergedPairs - this.correctPairs, this.candidates, this.candidatesSame,
				this.recallAfterReview());
	}

	/** Scores a resolution of a generated district's mentions against its truth. */
	public static ResolutionQuality of(Resolver.Resolution resolution, Map<String, Integer> truth) {
		Map<String, Integer> clusters = new HashMap<>();
		List<Integer> clusterOf = new ArrayList<>();
		List<Integer> personOf = new ArrayList<>();
		for (Resolver.Resolved r : resolution.resolved()) {
			Integer person = truth.get(r.mention().place());
			if (person == null) {
				throw new IllegalArgumentException("no truth for the mention " + r.mention().place());
			}
			clusterOf.add(clusters.computeIfAbsent(r.personId(), k -> clusters.size()));
			personOf.add(person);
		}
		long truePairs = pairs(personOf, null);
		long mergedPairs = pairs(clusterOf, null);
		long correct = pairs(clusterOf, personOf);
		// the true people of each resolved person, to tell which candidates are truly SAME
		List<Set<Integer>> trueOf = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			trueOf.add(new HashSet<>());
		}
		for (int i = 0; i < clusterOf.size(); i++) {
			trueOf.get(clusterOf.get(i)).add(personOf.get(i));
		}
		int[] parent = new int[clusters.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		int same = 0;
		for (Resolver.Candidate c : resolution.candidates()) {
			Integer a = clusters.get(c.personId());
			Integer b = clusters.get(c.otherId());
			if (a == null || b == null) {
				throw new IllegalArgumentException("a candidate names a person no mention resolved to: " + c.pairKey());
			}
			if (trueOf.get(a).stream().anyMatch(trueOf.get(b)::contains)) {
				same++;
				parent[find(parent, a)] = find(parent, b);
			}
		}
		List<Integer> reviewed = new ArrayList<>(clusterOf.size());
		clusterOf.forEach(c -> reviewed.add(find(parent, c)));
		return new ResolutionQuality(clusterOf.size(), new HashSet<>(personOf).size(), clusters.size(), truePairs,
				mergedPairs, correct, resolution.candidates().size(), same, pairs(reviewed, personOf));
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Pairs of items with the same key (and, when given, the same second key). */
	private static long pairs(List<Integer> keys, List<Integer> second) {
		Map<Long, Long> groups = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			long key = second == null ? keys.get(i) : ((long) keys.get(i) << 32) | second.get(i);
			groups.merge(key, 1L, Long::sum);
		}
		return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
	}

}
