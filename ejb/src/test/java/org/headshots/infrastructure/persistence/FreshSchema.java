package org.headshots.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** A new in-memory H2 of its own, with every migration run on it as the server runs them. */
final class FreshSchema {

    private FreshSchema() {}

    static Connection migrated(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return DriverManager.getConnection(url, "sa", "");
    }
}
