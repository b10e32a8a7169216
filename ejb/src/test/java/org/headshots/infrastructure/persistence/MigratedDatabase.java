package org.headshots.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 in the mode the H2 demo runs (H2's own, no compatibility mode), its schema made by
 * {@link DatabaseMigration} from the project's Flyway migrations, and EclipseLink over it as outside the server: the
 * production persistence unit with its classes, switched to resource-local transactions on this database. JPA never
 * changes the schema, so a mapping that does not match the migrations fails the query that reaches for it. One
 * database for the test JVM; {@link #empty()} gives a test empty tables.
 */
final class MigratedDatabase {

    private static final String URL = "jdbc:h2:mem:repositories;DB_CLOSE_DELAY=-1";
    private static JdbcDataSource dataSource;
    private static EntityManagerFactory factory;

    private MigratedDatabase() {}

    static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            dataSource = new JdbcDataSource();
            dataSource.setURL(URL);
            dataSource.setUser("sa");
            DatabaseMigration migration = new DatabaseMigration();
            migration.dataSource = dataSource;
            migration.migrate();
            factory = Persistence.createEntityManagerFactory("headshots", properties());
        }
        return factory;
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", null);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("jakarta.persistence.schema-generation.database.action", "none");
        properties.put("eclipselink.ddl-generation", "none");
        // reads after a transaction go to the database, not to the objects the same test just wrote
        properties.put("eclipselink.cache.shared.default", "false");
        return properties;
    }

    /** Every "table.column" of text where some row holds the text, in any case. */
    static List<String> columnsHolding(String text) {
        factory();
        List<String> found = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement sql = db.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE LIKE '%CHARACTER%'")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (java.sql.PreparedStatement query = db.prepareStatement(
                        "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(\"" + column[1] + "\") LIKE ?")) {
                    query.setString(1, "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
                    try (ResultSet count = query.executeQuery()) {
                        if (count.next() && count.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the test database", e);
        }
        return found;
    }

    /** Deletes every row the tests wrote; the schema and Flyway's history stay. */
    static void empty() {
        factory();
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                    + " AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables) {
                sql.execute("TRUNCATE TABLE \"" + table + "\"");
            }
            sql.execute("SET REFERENTIAL_INTEGRITY TRUE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database", e);
        }
    }
}
