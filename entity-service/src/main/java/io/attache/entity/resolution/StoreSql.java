package io.attache.entity.resolution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolvers' statements, as plain JDBC on the connection of the current transaction (the one Hibernate uses too):
 * upserts need ON CONFLICT, which is SQL, not JPQL, and the per-statement cost of a native query through the ORM was
 * the largest share of processing CPU. Parameters are written {@code ?1}, {@code ?2}, ... and may repeat.
 *
 * <p>Writes whose outcome nobody reads back in the same transaction ({@link #defer}) are queued per transaction and
 * sent as one JDBC batch per statement by {@link #flush()}, at the latest just before commit: with group commit, one
 * batch per statement for all articles of the transaction, which the driver sends as multi-row inserts
 * ({@code reWriteBatchedInserts}).
 */
@ApplicationScoped
public class StoreSql {
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    /** Queued rows that trigger a flush before commit: bounds memory in long transactions (a reprocess). */
    static final int MAX_QUEUED = 5_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    ObjectMapper mapper;

    /** Runs an insert/update/delete now; returns the number of rows it touched. */
    public int execute(String sql, Object... params) {
        Parsed parsed = parse(sql);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(parsed.jdbc())) {
            bind(c, st, parsed, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** Runs a statement with RETURNING or a SELECT, one row expected (or none: null). */
    public Object single(String sql, Object... params) {
        List<Object> rows = list(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Rows of a query: the value itself for one column, an {@code Object[]} for several. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String sql, Object... params) {
        Parsed parsed = parse(sql);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(parsed.jdbc())) {
            bind(c, st, parsed, params);
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object> rows = new ArrayList<>();
                while (rs.next()) {
                    if (columns == 1) {
                        rows.add(value(rs.getObject(1)));
                    } else {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = value(rs.getObject(i + 1));
                        }
                        rows.add(row);
                    }
                }
                return (List<T>) rows;
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /**
     * Queues a write whose result is not needed now (an insert ... on conflict do nothing of a link row, a mention).
     * Statements are sent in the order they were first queued, so a parent row queued first is written first.
     */
    public void defer(String sql, Object... params) {
        Pending pending = pending();
        pending.statements.computeIfAbsent(sql, s -> new ArrayList<>()).add(params);
        if (++pending.rows >= MAX_QUEUED) {
            flush();
        }
    }

    /** Sends every queued write of this transaction. Call before reading what they wrote. */
    public void flush() {
        Pending pending = pendingOrNull();
        if (pending == null || pending.rows == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, List<Object[]>> batch : pending.statements.entrySet()) {
                if (batch.getValue().isEmpty()) {
                    continue;
                }
                Parsed parsed = parse(batch.getKey());
                try (PreparedStatement st = c.prepareStatement(parsed.jdbc())) {
                    for (Object[] params : batch.getValue()) {
                        bind(c, st, parsed, params);
                        st.addBatch();
                    }
                    st.executeBatch();
                } catch (SQLException e) {
                    throw new StoreException(batch.getKey(), e.getNextException() != null ? e.getNextException() : e);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("(connection)", e);
        } finally {
            pending.clear();
        }
    }

    /**
     * The writes queued in one transaction, by statement in first-queued order, and how many rows they are. The order
     * outlives a flush: a child row queued before its parent after a flush in between (an alias, then the
     * organisation of another article) must still go out after the parents' statement.
     */
    private static final class Pending {
        final Map<String, List<Object[]>> statements = new LinkedHashMap<>();
        int rows;

        void clear() {
            statements.values().forEach(List::clear);
            rows = 0;
        }
    }

    /**
     * Serialises concurrent resolutions of the same blocks (name keys, party sets) until this transaction ends. One
     * statement takes them all, in the given order (callers sort), so two transactions cannot deadlock on them.
     */
    public void lock(Collection<String> blockingKeys) {
        if (!blockingKeys.isEmpty()) {
            single("select count(pg_advisory_xact_lock(hashtextextended(k, 7))) from unnest(?1) with ordinality as t(k, n)",
                    (Object) blockingKeys.toArray(String[]::new));
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A date column from a query: drivers differ in the type they hand back. */
    public static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    /** A database failure, with the statement that caused it. Unchecked: the transaction rolls back. */
    public static class StoreException extends RuntimeException {
        StoreException(String sql, SQLException cause) {
            super(cause.getMessage() + " [SQLState " + cause.getSQLState() + "] in: " + sql.strip().replaceAll("\\s+", " "),
                    cause);
        }
    }

    private Pending pendingOrNull() {
        return (Pending) transactions.getResource(this);
    }

    private Pending pending() {
        Pending pending = pendingOrNull();
        if (pending == null) {
            Pending created = new Pending();
            transactions.putResource(this, created);
            // a queued write is never lost: whatever the code forgot to flush is sent before the commit
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    flush();
                }

                @Override
                public void afterCompletion(int status) {
                    created.clear();
                }
            });
            pending = created;
        }
        return pending;
    }

    private static Object value(Object jdbcValue) {
        return jdbcValue instanceof Array array ? arrayValue(array) : jdbcValue;
    }

    private static Object arrayValue(Array array) {
        try {
            return array.getArray();
        } catch (SQLException e) {
            throw new StoreException("(array column)", e);
        }
    }

    private static void bind(Connection c, PreparedStatement st, Parsed parsed, Object[] params) throws SQLException {
        for (int i = 0; i < parsed.order().length; i++) {
            Object p = params[parsed.order()[i] - 1];
            if (p instanceof LocalDate d) {
                st.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof String[] texts) {
                st.setArray(i + 1, c.createArrayOf("text", texts));
            } else {
                st.setObject(i + 1, p);
            }
        }
    }

    private static Parsed parse(String sql) {
        return PARSED.computeIfAbsent(sql, Parsed::of);
    }

    /** {@code ?N} placeholders rewritten to JDBC {@code ?}, with the parameter number each stands for. */
    private record Parsed(String jdbc, int[] order) {
        static Parsed of(String sql) {
            StringBuilder out = new StringBuilder(sql.length());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sql.length(); i++) {
                char ch = sql.charAt(i);
                if (ch == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                        j++;
                    }
                    order.add(Integer.parseInt(sql.substring(i + 1, j)));
                    out.append('?');
                    i = j - 1;
                } else {
                    out.append(ch);
                }
            }
            return new Parsed(out.toString(), order.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
