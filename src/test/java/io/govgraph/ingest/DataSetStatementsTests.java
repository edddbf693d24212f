package io.govgraph.ingest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.govgraph.events.ChangeEvents;
import io.govgraph.export.DataSetExporter;
import io.govgraph.store.CypherQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statements of the data set import and export are named by constants and fetched when the
 * importer and exporter are built, so that a missing Cypher file stops the start and no name is
 * put together while an import runs; every file of {@code cypher/ingest} (and the export's
 * {@code cypher/export/dataset_*}) is one of them.
 */
class DataSetStatementsTests {

	private static final Pattern NAME = Pattern.compile("[a-z]+/[a-z_]+");

	private static final List<Class<?>> OWNERS = List.of(DataSetImporter.class, ImportJournal.class,
			DataSetExporter.class);

	/** Records every name asked for; fails on the one set {@link #missing}, as a missing file would. */
	private static final class Recording extends CypherQueries {

		final Set<String> asked = new TreeSet<>();

		String missing;

		@Override
		public String get(String name) {
			this.asked.add(name);
			if (name.equals(this.missing)) {
				throw new IllegalStateException("No Cypher file cypher/" + name + ".cypher (left out by the test)");
			}
			return super.get(name);
		}

	}

	private final Recording cypher = new Recording();

	@Test
	void everyStatementIsAConstantFetchedWhenTheImporterAndExporterAreBuilt() throws IllegalAccessException {
		build();
		// the importer also builds the component its events go through (events/ChangeEvents)
		Set<String> expected = constants();
		expected.addAll(constants(List.of(ChangeEvents.class)));
		assertThat(this.cypher.asked).isEqualTo(expected).hasSizeGreaterThan(30);
	}

	@Test
	void aMissingStatementStopsTheImporterOrExporterFromBeingBuilt() throws IllegalAccessException {
		for (String name : constants()) {
			this.cypher.missing = name;
			assertThatThrownBy(this::build).as(name).isInstanceOf(IllegalStateException.class).hasMessageContaining(name);
		}
	}

	@Test
	void everyIngestFileAndEveryDataSetExportFileIsOneOfTheStatements() throws IllegalAccessException {
		Set<String> files = new TreeSet<>(this.cypher.in("ingest").keySet());
		this.cypher.in("export").keySet().stream().filter(n -> n.startsWith("export/dataset_")).forEach(files::add);
		assertThat(files).isEqualTo(constants());
	}

	@Test
	void noneKeepsTheQueriesToFetchANameLater() {
		for (Class<?> owner : OWNERS) {
			assertThat(List.of(owner.getDeclaredFields())).as(owner.getSimpleName())
				.noneMatch(f -> !Modifier.isStatic(f.getModifiers()) && f.getType() == CypherQueries.class);
		}
	}

	private void build() {
		// Constructors only fetch statements: no driver is needed to build either.
		new DataSetImporter(null, this.cypher, 10_000);
		new DataSetExporter(null, this.cypher);
	}

	/** The values of the statement-name constants of the importer, its journal and the exporter. */
	private static Set<String> constants() throws IllegalAccessException {
		return constants(OWNERS);
	}

	private static Set<String> constants(List<Class<?>> owners) throws IllegalAccessException {
		List<String> names = new ArrayList<>();
		for (Class<?> owner : owners) {
			for (Field f : owner.getDeclaredFields()) {
				int m = f.getModifiers();
				if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
					f.setAccessible(true);
					String value = (String) f.get(null);
					if (NAME.matcher(value).matches()) {
						names.add(value);
					}
				}
			}
		}
		Set<String> distinct = names.stream().collect(Collectors.toCollection(TreeSet::new));
		assertThat(distinct).as("each statement named once").hasSameSizeAs(names);
		return distinct;
	}

}
