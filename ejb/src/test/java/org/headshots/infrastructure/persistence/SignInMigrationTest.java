package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The sign-in migration on the built-in H2, after the ones before it, as the server runs them. */
class SignInMigrationTest {

    @Test
    void oneRowPerPersonAndOrganisationWithTheFirstAndLastSignIn() throws SQLException {
        try (Connection db = FreshSchema.migrated("sign-in-migration");
                Statement sql = db.createStatement()) {
            ResultSet next = sql.executeQuery("SELECT NEXT VALUE FOR sign_in_seq");
            next.next();
            assertEquals(50, next.getLong(1), "EclipseLink takes the first value as the end of a block of 50");

            sql.executeUpdate(
                    "INSERT INTO sign_in (id, version, organisation, username, first_signed_in,"
                            + " last_signed_in, sign_ins) VALUES (1, 0, 'globex.example', 'gina',"
                            + " TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-08 10:00:00+00', 2)");
            sql.executeUpdate(
                    "INSERT INTO sign_in (id, version, organisation, username, first_signed_in,"
                            + " last_signed_in, sign_ins) VALUES (2, 0, 'headshots.example', 'gina',"
                            + " TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00', 1)");
            ResultSet row = sql.executeQuery(
                    "SELECT sign_ins FROM sign_in WHERE organisation = 'globex.example'" + " AND username = 'gina'");
            row.next();
            assertEquals(2, row.getInt(1));

            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("INSERT INTO sign_in (id, version, organisation,"
                            + " username, first_signed_in, last_signed_in, sign_ins) VALUES (3, 0, 'globex.example', 'gina',"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"),
                    "one row per person and organisation");
        }
    }
}
