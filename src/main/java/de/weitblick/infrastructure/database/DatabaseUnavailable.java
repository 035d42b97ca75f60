package de.weitblick.infrastructure.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (down, restarting, unreachable, or no free
 * connection in the pool within the connection timeout) from every other error: a request
 * it stops is answered as temporarily unavailable ({@code 503}), never as a refused
 * sign-in or an internal error, and works again once the database is back.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * @param failure may be null
	 * @return whether the failure or one of its causes says the database cannot be used
	 * right now
	 */
	public static boolean causedThis(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Connection exceptions (08), too many connections (53300) and a server shutting
	 * down, restarting or not yet started (57P01 to 57P03).
	 */
	private static boolean unavailable(String state) {
		return state.startsWith("08") || state.equals("53300") || state.startsWith("57P0");
	}

}
