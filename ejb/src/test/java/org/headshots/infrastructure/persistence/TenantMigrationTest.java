package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** V10 on the built-in H2: rows written before organisations were tenants are moved to their organisation. */
class TenantMigrationTest {

    private static final String URL = "jdbc:h2:mem:tenant-migration;DB_CLOSE_DELAY=-1";

    @Test
    void rowsOfBeforeAreMovedToTheOrganisationOfThePeopleTheyBelongTo() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("9"))
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO headshot_order (id, version, name, department, deadline, created_at,"
                    + " created_by) VALUES (1, 0, 'Sales 2027', 'Sales', DATE '2027-03-31',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 'olivia')");
            sql.executeUpdate("INSERT INTO seat (id, version, order_id, username, email, display_name, status,"
                    + " status_since) VALUES (1, 0, 1, 'erin', 'erin@Headshots.Example', 'Erin', 'READY',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00')");
            sql.executeUpdate("INSERT INTO headshot_run (id, version, owner, organisation, order_id, run, seed,"
                    + " headshot_count, styles, status, stage, queued_at) VALUES (1, 0, 'erin', 'headshots.example',"
                    + " 1, 1, 7, 12, 'studio-grey', 'COMPLETED', 'DONE', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 09:00:00+00')");
            sql.executeUpdate("INSERT INTO headshot (id, owner, run, style, idx, width, height, photo_key,"
                    + " photo_sha256, identity_similarity, quality, created_at) VALUES (1, 'erin', 1, 'studio-grey',"
                    + " 0, 800, 1000, 'k', 's', 0.9, 0.8, TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00')");
            sql.executeUpdate("INSERT INTO favourite (owner, headshot_id, chosen_at, version) VALUES ('erin', 1,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 0)");
            sql.executeUpdate("INSERT INTO consent (id, lock_version, username, text_version, accepted_at)"
                    + " VALUES (1, 0, 'erin', '2026-11-1', TIMESTAMP '2026-11-01 09:00:00')");
            sql.executeUpdate("INSERT INTO consent (id, lock_version, username, text_version, accepted_at)"
                    + " VALUES (2, 0, 'nobody', '2026-11-1', TIMESTAMP '2026-11-01 09:00:00')");
            sql.executeUpdate(
                    "INSERT INTO audit_event (id, at, actor, action, subject, detail) VALUES (1,"
                            + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 'erin', 'CONSENT_ACCEPTED', 'consent:erin', '')");
            sql.executeUpdate("INSERT INTO audit_event (id, at, actor, action, subject, detail) VALUES (2,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 'ivan', 'NODE_ADDED', 'node:gpu3', '')");
        }

        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            for (String table : new String[] {"headshot_order", "seat", "headshot_run", "headshot", "favourite"}) {
                assertEquals("headshots.example", one(sql, "SELECT organisation FROM " + table), table);
            }
            assertEquals("headshots.example", one(sql, "SELECT organisation FROM consent WHERE id = 1"));
            assertEquals("", one(sql, "SELECT organisation FROM consent WHERE id = 2"), "tied to no organisation");
            assertEquals("headshots.example", one(sql, "SELECT organisation FROM audit_event WHERE id = 1"));
            assertNull(one(sql, "SELECT organisation FROM audit_event WHERE id = 2"), "the installation's own");
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
