package io.attache.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads and writes on the test database, to check what the services stored. */
public final class Sql {
    private Sql() {
    }

    public static long count(String query, Object... params) {
        Object value = single(query, params);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Object single(String query, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, query, params); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public static int update(String statement, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, statement, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String query, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(query);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfra.jdbcUrl(), TestInfra.dbUser(), TestInfra.dbPassword());
    }
}
