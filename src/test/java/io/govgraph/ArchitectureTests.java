package io.govgraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import io.govgraph.store.CypherQueries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layout, kept: no cycles between the packages under {@code io.govgraph}; {@code model}
 * (what import, edits and rosters share) and {@code store} (the embedded database) depend on no
 * feature; and controllers reach the store only through their feature's service or repository.
 */
@AnalyzeClasses(packages = "io.govgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The feature packages: what the application does, as against what it is built on. */
	static final String[] FEATURES = { "io.govgraph.activity..", "io.govgraph.analysis..", "io.govgraph.audit..",
			"io.govgraph.cli..",
			"io.govgraph.crossappointment..", "io.govgraph.delivery..", "io.govgraph.directory..", "io.govgraph.edit..",
			"io.govgraph.events..",
			"io.govgraph.export..",
			"io.govgraph.ingest..", "io.govgraph.jobs..", "io.govgraph.linkage..", "io.govgraph.roster..",
			"io.govgraph.security..", "io.govgraph.timeline.." };

	@ArchTest
	static final ArchRule packagesHaveNoCycles = slices().matching("io.govgraph.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule modelAndStoreDependOnNoFeature = noClasses().that()
		.resideInAnyPackage("io.govgraph.model..", "io.govgraph.store..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FEATURES);

	@ArchTest
	static final ArchRule controllersReachTheStoreOnlyThroughTheirFeature = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j.driver..")
		.orShould()
		.dependOnClassesThat()
		.belongToAnyOf(Neo4jClient.class, CypherQueries.class);

}
