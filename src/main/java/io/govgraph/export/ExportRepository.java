package io.govgraph.export;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

import io.govgraph.store.CypherQueries;

/**
 * Reads the facts an export is made of, for a whole set of ids at once, each statement's rows handed
 * on one by one as the driver fetches them (in batches), so that nothing holds a whole export. All
 * statements of one export run in one read transaction, with a timeout when one is given.
 * Package-private: exports are the explorer's own business; everyone else reads the graph through
 * GraphQL.
 */
@Repository
class ExportRepository {

	/** A unit row as stored. */
	record UnitRow(String id, String type, String name, String sector, LocalDate founded, LocalDate dissolved,
			String parentId) {
	}

	/** A link as stored. */
	record LinkRow(String fromId, String toId, String type, LocalDate since, LocalDate until) {
	}

	/** A post as stored, with its holder's name. */
	record PostRow(String personId, String personName, String unitId, String role, String title, LocalDate since,
			LocalDate until) {
	}

	private final Driver driver;

	private final String allUnitIds;

	private final String unitsByIds;

	private final String underAmong;

	private final String linksAmong;

	private final String postsInto;

	private final String peopleCount;

	ExportRepository(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.allUnitIds = cypher.get("export/all_unit_ids");
		this.unitsByIds = cypher.get("export/units_by_ids");
		this.underAmong = cypher.get("export/under_among");
		this.linksAmong = cypher.get("export/links_among");
		this.postsInto = cypher.get("export/posts_into");
		this.peopleCount = cypher.get("export/people_count");
	}

	/**
	 * Runs {@code work} in one read transaction, which Neo4j terminates after {@code timeout} (null:
	 * never) however far the work has got.
	 */
	<T> T read(Duration timeout, Function<Reads, T> work) {
		TransactionConfig config = timeout == null ? TransactionConfig.empty()
				: TransactionConfig.builder().withTimeout(timeout).build();
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction(config)) {
			return work.apply(new Reads(tx));
		}
	}

	/** The statements of an export, in its transaction. */
	final class Reads {

		private final Transaction tx;

		private Reads(Transaction tx) {
			this.tx = tx;
		}

		List<String> allUnitIds(LocalDate asOf, boolean history) {
			return this.tx.run(ExportRepository.this.allUnitIds, Map.of("asOf", asOf, "history", history))
				.list(r -> r.get("id").asString());
		}

		/** How many people {@link #posts} would name. */
		long people(Collection<String> unitIds, Collection<String> personIds, LocalDate asOf, boolean history) {
			return this.tx.run(ExportRepository.this.peopleCount, postParameters(unitIds, personIds, asOf, history))
				.single()
				.get("people")
				.asLong();
		}

		/** The units, by id. */
		void units(Collection<String> ids, Consumer<UnitRow> each) {
			stream(ExportRepository.this.unitsByIds, Map.of("ids", List.copyOf(ids)),
					r -> each.accept(new UnitRow(r.get("id").asString(), r.get("type").asString(),
							r.get("name").asString(), string(r.get("sector")), date(r.get("founded")),
							date(r.get("dissolved")), string(r.get("parentId")))));
		}

		/** UNDER pairs among the units, as child id and parent id, by child. */
		void under(Collection<String> unitIds, BiConsumer<String, String> each) {
			stream(ExportRepository.this.underAmong, Map.of("ids", List.copyOf(unitIds)),
					r -> each.accept(r.get("childId").asString(), r.get("parentId").asString()));
		}

		void links(Collection<String> unitIds, LocalDate asOf, boolean history, Consumer<LinkRow> each) {
			stream(ExportRepository.this.linksAmong,
					Map.of("ids", List.copyOf(unitIds), "asOf", asOf, "history", history),
					r -> each.accept(new LinkRow(r.get("fromId").asString(), r.get("toId").asString(),
							r.get("type").asString(), date(r.get("since")), date(r.get("until")))));
		}

		/** Posts in the units, held by {@code personIds} (anyone when null), by person. */
		void posts(Collection<String> unitIds, Collection<String> personIds, LocalDate asOf, boolean history,
				Consumer<PostRow> each) {
			stream(ExportRepository.this.postsInto, postParameters(unitIds, personIds, asOf, history),
					r -> each.accept(new PostRow(r.get("personId").asString(), r.get("personName").asString(),
							r.get("unitId").asString(), r.get("role").asString(), string(r.get("title")),
							date(r.get("since")), date(r.get("until")))));
		}

		private void stream(String query, Map<String, Object> params, Consumer<Record> each) {
			Result result = this.tx.run(query, params);
			while (result.hasNext()) {
				each.accept(result.next());
			}
		}

	}

	private static Map<String, Object> postParameters(Collection<String> unitIds, Collection<String> personIds,
			LocalDate asOf, boolean history) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(unitIds));
		params.put("personIds", personIds == null ? null : List.copyOf(personIds));
		params.put("asOf", asOf);
		params.put("history", history);
		return params;
	}

	private static String string(Value v) {
		return v.isNull() ? null : v.asString();
	}

	private static LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}

}
