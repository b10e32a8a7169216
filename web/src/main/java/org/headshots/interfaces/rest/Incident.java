package org.headshots.interfaces.rest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody planned for: logged with its stack trace under a short id, and answered with that id only, so
 * that the person can quote it to IT and nothing of the server's insides reaches them.
 */
public final class Incident {

    private static final Logger LOG = Logger.getLogger(Incident.class.getName());
    private static final SecureRandom IDS = new SecureRandom();

    private Incident() {}

    /** Logs the failure and gives the answer for the caller. */
    public static ApiError record(String where, Throwable failure) {
        return answer(log(where, failure));
    }

    /** What the caller is told of an incident: its id. */
    public static ApiError answer(String incident) {
        return new ApiError(
                "INTERNAL_ERROR",
                "Something went wrong on the server (incident " + incident
                        + "). Try again; if it happens again, tell IT the incident number.");
    }

    /** Logs the failure with its stack trace under a new id, and gives the id. */
    public static String log(String where, Throwable failure) {
        byte[] id = new byte[5];
        IDS.nextBytes(id);
        String incident = HexFormat.of().formatHex(id);
        LOG.log(Level.SEVERE, "Incident " + incident + " in " + where, failure);
        return incident;
    }
}
