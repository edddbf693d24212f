package io.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import io.govgraph.model.DataFile;
import io.govgraph.store.SchemaMigrations;

/**
 * Loads the bundled sample district ({@code data/yinzhou}, from the article) into an empty store
 * at start, before the application serves requests. Off with {@code --govgraph.sample=false}, and
 * never during a command-line import or export.
 */
@Component
class SampleDataLoader implements InitializingBean, SampleData {

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	static final String SAMPLE = "data/yinzhou/";

	private final DataSetImporter importer;

	private final SampleProperties properties;

	SampleDataLoader(DataSetImporter importer, SchemaMigrations schemaFirst, ImportRecovery recoveredFirst,
			SampleProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		if (!this.properties.sample() || this.properties.command() || !this.importer.isEmpty()) {
			return;
		}
		Path folder = Files.createTempDirectory("govgraph-sample");
		try {
			for (DataFile file : DataFile.values()) {
				ClassPathResource resource = new ClassPathResource(SAMPLE + file.fileName());
				if (file.optionalFile() && !resource.exists()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, folder.resolve(file.fileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			DataSetImporter.ImportSummary summary = this.importer.importDataSet(folder, false);
			log.info("Loaded the sample district (data/yinzhou) into the empty store: {}", summary);
		}
		catch (UncheckedIOException ex) {
			throw ex;
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
