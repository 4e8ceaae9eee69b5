package io.attache.query.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Native, read-only SQL over the store. The item and collection views join many of entity-service's tables; plain SQL
 * keeps each view one readable query instead of a web of mapped associations that would all be validated against a
 * schema this service does not own. Columns of type char(n) and jsonb must be cast to text in the query.
 *
 * <p>Statements run as plain JDBC on the datasource's pool (enlisted in the caller's transaction when there is one):
 * the queries are hand-written SQL already, and Hibernate's native-query machinery around them cost about a fifth of
 * this service's CPU per item request (docs/benchmarks.md, "Query API benchmark"). Parameters are named
 * ({@code :name}); a collection value expands to one placeholder per element, as Hibernate did.
 */
@ApplicationScoped
public class StoreReader {
    @Inject
    AgroalDataSource dataSource;

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public List<Row> rows(String sql, Map<String, ?> params) {
        Parsed p = parsed.computeIfAbsent(sql, Parsed::of);
        List<Object> values = new ArrayList<>();
        String jdbcSql = p.bind(params, values);
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(jdbcSql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof String s) {
                    statement.setString(i + 1, s);
                } else if (v instanceof LocalDate d) {
                    statement.setObject(i + 1, d);
                } else {
                    statement.setObject(i + 1, v);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                Map<String, Integer> columns = new HashMap<>(n * 2);
                for (int i = 1; i <= n; i++) {
                    columns.putIfAbsent(md.getColumnLabel(i).toLowerCase(Locale.ROOT), i - 1);
                }
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(new Row(columns, row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public List<Row> rows(String sql, String id) {
        return rows(sql, Map.of("id", id));
    }

    public Optional<Row> row(String sql, Map<String, ?> params) {
        List<Row> rows = rows(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public Optional<Row> row(String sql, String id) {
        return row(sql, Map.of("id", id));
    }

    /** A database error while reading: reported as an internal error (500) by the problem mapper. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * SQL split at its named parameters. A name is {@code :} followed by a letter or underscore and then letters,
     * digits or underscores, outside string literals, quoted identifiers and comments, and not part of a {@code ::}
     * cast.
     */
    record Parsed(List<String> parts, List<String> names) {
        static Parsed of(String sql) {
            List<String> parts = new ArrayList<>(), names = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            int i = 0, n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') { // literal or quoted identifier, doubled quote = escaped
                    int end = i + 1;
                    while (end < n && !(sql.charAt(end) == c && (end + 1 >= n || sql.charAt(end + 1) != c))) {
                        end += sql.charAt(end) == c ? 2 : 1;
                    }
                    part.append(sql, i, Math.min(n, end + 1));
                    i = end + 1;
                } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                    int end = sql.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    part.append(sql, i, end);
                    i = end;
                } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                    part.append("::");
                    i += 2;
                } else if (c == ':' && i + 1 < n && (Character.isLetter(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_')) {
                    int end = i + 1;
                    while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                        end++;
                    }
                    parts.add(part.toString());
                    part.setLength(0);
                    names.add(sql.substring(i + 1, end));
                    i = end;
                } else {
                    part.append(c);
                    i++;
                }
            }
            parts.add(part.toString());
            return new Parsed(List.copyOf(parts), List.copyOf(names));
        }

        /** The JDBC text for these values (a collection becomes one {@code ?} per element) and the values in order. */
        String bind(Map<String, ?> params, List<Object> values) {
            StringBuilder sql = new StringBuilder(parts.get(0));
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter :" + name);
                }
                Object v = params.get(name);
                if (v instanceof Collection<?> list) {
                    if (list.isEmpty()) {
                        throw new IllegalArgumentException("empty list for parameter :" + name);
                    }
                    for (int j = 0; j < list.size(); j++) {
                        sql.append(j == 0 ? "?" : ", ?");
                    }
                    values.addAll(list);
                } else {
                    sql.append('?');
                    values.add(v);
                }
                sql.append(parts.get(k + 1));
            }
            return sql.toString();
        }
    }
}
