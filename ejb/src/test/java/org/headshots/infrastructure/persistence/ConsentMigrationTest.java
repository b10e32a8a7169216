package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The consent migration on the built-in H2, after the ones before it, as the server runs them. */
class ConsentMigrationTest {

    @Test
    void theConsentTableKeepsAcceptancesAndWithdrawals() throws SQLException {
        try (Connection db = FreshSchema.migrated("consent-migration");
                Statement sql = db.createStatement()) {
            ResultSet next = sql.executeQuery("SELECT NEXT VALUE FOR consent_seq");
            next.next();
            assertEquals(50, next.getLong(1), "EclipseLink takes the first value as the end of a block of 50");

            sql.executeUpdate(
                    "INSERT INTO consent (id, lock_version, organisation, username, text_version, accepted_at)"
                            + " VALUES (1, 0, 'headshots.example', 'carol', '2026-11-1', TIMESTAMP '2026-11-26 09:00:00')");
            sql.executeUpdate("UPDATE consent SET withdrawn_at = TIMESTAMP '2026-11-27 10:00:00' WHERE id = 1");
            ResultSet row = sql.executeQuery("SELECT text_version, withdrawn_at FROM consent WHERE username = 'carol'");
            row.next();
            assertEquals("2026-11-1", row.getString(1));
            assertEquals(
                    "2026-11-27T10:00", row.getTimestamp(2).toLocalDateTime().toString());

            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("INSERT INTO consent (id, lock_version, organisation,"
                            + " username, text_version) VALUES (2, 0, 'headshots.example', 'dave', '2026-11-1')"),
                    "accepted_at is required");
        }
    }
}
