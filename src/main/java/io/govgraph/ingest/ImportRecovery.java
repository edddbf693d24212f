package io.govgraph.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.SchemaMigrations;

/**
 * At start-up, before anything reads or imports, finds imports that a crash (kill -9, power loss)
 * left unfinished and settles them: one that had not switched over is rolled back, one that had is
 * finished (see {@link ImportJournal}); what was undone or finished is logged. On the embedded store
 * the store lock proves that no other process is importing; on an external server an unfinished
 * import counts as interrupted only when its heartbeat is older than
 * {@code govgraph.import.stale-after-seconds} (default 300; a running import beats every 10 s), so that a running
 * import of another process is left alone.
 */
@Component
class ImportRecovery implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJournal journal;

	private final boolean embedded;

	private final long staleSeconds;

	@org.springframework.beans.factory.annotation.Autowired
	ImportRecovery(DataSetImporter importer, SchemaMigrations schemaFirst, ObjectProvider<EmbeddedNeo4j> embedded,
			ImportProperties properties) {
		this(importer.journal(), embedded.getIfAvailable() != null, properties.staleAfterSeconds());
	}

	ImportRecovery(ImportJournal journal, boolean embedded, long staleSeconds) {
		this.journal = journal;
		this.embedded = embedded;
		this.staleSeconds = staleSeconds;
	}

	@Override
	public void afterPropertiesSet() {
		recover();
	}

	/** Settles every interrupted import; returns how many there were. */
	int recover() {
		List<ImportJournal.Unfinished> unfinished = this.journal.unfinished(this.staleSeconds);
		int settled = 0;
		for (ImportJournal.Unfinished i : unfinished) {
			if (!this.embedded && !i.stale()) {
				log.warn("Import {} of {} (started {}) is unfinished and its heartbeat is recent: left to the process "
						+ "running it", i.id(), i.source(), i.started());
				continue;
			}
			if (i.committed()) {
				ImportJournal.Undone swept = this.journal.finish(i.id());
				log.warn("Import {} of {} (started {}) was interrupted after its switch-over: finished it{}", i.id(),
						i.source(), i.started(), i.replace() ? "; swept what the new data set lacks: " + swept : "");
			}
			else {
				ImportJournal.Undone undone = this.journal.rollBack(i.id());
				log.warn("Import {} of {} (started {}) was interrupted before its switch-over: rolled it back; {}",
						i.id(), i.source(), i.started(), undone);
			}
			settled++;
		}
		return settled;
	}

}
