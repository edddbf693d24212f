package io.govgraph.store;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the configuration is known, so that
 * the DBMS (several seconds) starts while Spring builds the context rather than after; the
 * {@link EmbeddedNeo4j} bean then takes the started DBMS. Off with
 * {@code govgraph.embedded.early-start=false}, and when {@code spring.neo4j.uri} is set.
 */
class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String BEAN_NAME = "io.govgraph.store.embeddedNeo4jEarlyStart";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!EmbeddedNeo4jConfiguration.NoExternalNeo4j.embedded(environment)) {
			return;
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("govgraph.embedded", EmbeddedNeo4jProperties.class);
		if (!properties.earlyStart()) {
			return;
		}
		// A path like target/x/${random.uuid} resolves anew each time: pin the one started here.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedNeo4jEarlyStart",
					Map.of("govgraph.embedded.path", properties.path().toString())));
		Started started = new Started(properties);
		event.getSpringApplication().addInitializers(context -> {
			context.getBeanFactory().registerSingleton(BEAN_NAME, started);
			// Destroyed with the other beans, also when the start fails before the DBMS is taken.
			if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean(BEAN_NAME, started);
			}
		});
	}

	/** The DBMS being started, and for which properties. */
	static final class Started implements DisposableBean {

		private final EmbeddedNeo4jProperties properties;

		private final CompletableFuture<EmbeddedNeo4j> dbms = new CompletableFuture<>();

		private volatile boolean taken;

		Started(EmbeddedNeo4jProperties properties) {
			this.properties = properties;
			Thread thread = new Thread(() -> {
				try {
					this.dbms.complete(EmbeddedNeo4j.start(properties));
				}
				catch (RuntimeException ex) {
					this.dbms.completeExceptionally(ex);
				}
			}, "embedded-neo4j-start");
			thread.setDaemon(true);
			thread.start();
		}

		/** The started DBMS if it was started with these properties, else null; waits for it. */
		EmbeddedNeo4j take(EmbeddedNeo4jProperties wanted) {
			this.taken = true;
			if (!wanted.equals(this.properties)) {
				this.dbms.thenAccept(EmbeddedNeo4j::close);
				return null;
			}
			try {
				return this.dbms.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}

		/** The context failed or closed before the bean took the DBMS: stop it, releasing the store. */
		@Override
		public void destroy() {
			if (!this.taken) {
				this.dbms.thenAccept(EmbeddedNeo4j::close).exceptionally(ex -> null).join();
			}
		}

	}

}
