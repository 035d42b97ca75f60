package de.weitblick.infrastructure.web;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInvocation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a page's session without waiting for the disk.
 * <p>
 * Every signed-in page writes its session back, if only to note when it was last used.
 * Committed the usual way, that write waits until the database has flushed its log to
 * disk: one disk flush on every page, 1 to 4 ms on a virtual machine's disk, as long as
 * rendering the page. A session is not worth that wait: after a crash of the database, a
 * session save of the last fraction of a second may be missing (PostgreSQL's
 * {@code synchronous_commit = off} never loses more, nor leaves anything half-written),
 * so a person signs in again or is signed out a little earlier. The session is saved that
 * way; its deletion at sign-out still waits for the disk, so that a session a person
 * ended never comes back, and everything else the application writes, the audit trail
 * above all, keeps waiting for the disk as it must.
 */
@Configuration(proxyBeanMethods = false)
class SessionSavedWithoutWaitingForTheDisk {

	private static final ThreadLocal<Boolean> SAVING = ThreadLocal.withInitial(() -> Boolean.FALSE);

	/**
	 * The transactions of the session repository, as Spring Session makes them (a
	 * transaction of their own), but a session's save commits without waiting. Spring
	 * Session takes them by this name; not a default candidate, so the application's own
	 * transaction template stays the one injected everywhere else.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return template.execute(status -> {
					if (SAVING.get()) {
						jdbc.execute("SET LOCAL synchronous_commit TO OFF");
					}
					return action.doInTransaction(status);
				});
			}

		};
	}

	/**
	 * Marks the session repository's saves, whose transactions then commit without
	 * waiting for the disk; advises the repository beside
	 * {@link SessionReadOncePerRequest}.
	 */
	static Object commitSavesWithoutWaiting(MethodInvocation invocation) throws Throwable {
		if (!"save".equals(invocation.getMethod().getName())) {
			return invocation.proceed();
		}
		SAVING.set(Boolean.TRUE);
		try {
			return invocation.proceed();
		}
		finally {
			SAVING.remove();
		}
	}

}
