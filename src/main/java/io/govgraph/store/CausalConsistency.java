package io.govgraph.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Read-your-own-writes on a cluster: every session the application opens, through Spring Data's
 * transaction manager and {@code Neo4jClient} or on the driver directly (imports, projections),
 * shares one driver {@link BookmarkManager}. A transaction then starts only on a member that has
 * seen every transaction this application committed before, so a read routed to a follower or
 * read replica sees the write just made on the leader. (Spring Data's own bookmark manager is off:
 * {@link TransactionConfiguration}.) On a single server bookmarks cost nothing.
 */
public class CausalConsistency implements BeanPostProcessor {

	private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

	/** The bookmarks of the last transactions the application committed. */
	public BookmarkManager bookmarks() {
		return this.bookmarks;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? sharing(driver) : bean;
	}

	private Driver sharing(Driver target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("session")) {
				return session(target, args == null ? new Object[0] : args);
			}
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class }, handler);
	}

	/** Any {@code session(…)} overload, opened with the shared bookmark manager unless it names one. */
	private Object session(Driver target, Object[] args) {
		Class<? extends BaseSession> type = Session.class;
		SessionConfig config = SessionConfig.defaultConfig();
		AuthToken auth = null;
		for (Object arg : args) {
			if (arg instanceof Class<?> c) {
				type = c.asSubclass(BaseSession.class);
			}
			else if (arg instanceof SessionConfig c) {
				config = c;
			}
			else if (arg instanceof AuthToken a) {
				auth = a;
			}
		}
		return target.session(type, config.bookmarkManager().isPresent() ? config : withBookmarks(config), auth);
	}

	private SessionConfig withBookmarks(SessionConfig config) {
		SessionConfig.Builder builder = SessionConfig.builder()
			.withBookmarks(config.bookmarks())
			.withDefaultAccessMode(config.defaultAccessMode())
			.withBookmarkManager(this.bookmarks)
			.withAutoCommitRetriesMode(config.autoCommitRetriesMode())
			.withDisabledNotificationClassifications(config.disabledNotificationClassifications());
		config.database().ifPresent(builder::withDatabase);
		config.fetchSize().ifPresent(builder::withFetchSize);
		config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
		config.minimumNotificationSeverity().ifPresent(builder::withMinimumNotificationSeverity);
		return builder.build();
	}

}
