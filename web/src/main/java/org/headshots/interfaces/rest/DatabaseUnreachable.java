package org.headshots.interfaces.rest;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * A request that failed because the database was out of reach (stopped, restarting, its network gone): not an
 * incident of the application but a wait, answered 503 with when to try again; nothing was changed, since the
 * request's transaction could not begin or commit.
 */
public final class DatabaseUnreachable {

    /** Seconds a caller is asked to wait: about what a database takes to restart and recover. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(DatabaseUnreachable.class.getName());
    private static final int DEEPEST_CAUSE = 32;

    private DatabaseUnreachable() {}

    /** Whether the failure comes from the database being out of reach: SQL state class 08, or no pool connection. */
    public static boolean caused(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof ResourceAllocationException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Logs where it happened, one line with no stack trace, and gives the answer for the caller. */
    public static ApiError answer(String where) {
        LOG.warning(() -> "The database could not be reached for " + where + "; the caller is asked to try again in "
                + RETRY_AFTER_SECONDS + " s");
        return new ApiError(
                "DATABASE_UNAVAILABLE",
                "The server cannot reach its database just now, so nothing was read or changed. Try again in a"
                        + " minute; if it lasts, tell IT.");
    }
}
