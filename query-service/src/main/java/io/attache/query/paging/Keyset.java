package io.attache.query.paging;

import io.attache.query.store.Row;
import io.attache.query.store.StoreReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset (cursor) pagination over a native query. The cursor is the sort key of the last row of a page, tagged with the
 * ordering it belongs to, base64url-encoded: opaque to clients, stable under concurrent inserts (no offsets), and a
 * cursor of another ordering or a tampered one is rejected instead of silently giving a wrong page.
 *
 * <p>The inner select must expose the sort keys as columns {@code k0..kn}; the page query filters and orders on them.
 */
public final class Keyset {
    private static final String SEPARATOR = "\n";

    private final String ordering;
    private final List<SortKey> keys;

    public Keyset(String ordering, List<SortKey> keys) {
        this.ordering = ordering;
        this.keys = List.copyOf(keys);
    }

    /** The sort-key columns for the inner select: {@code expr0 as k0, expr1 as k1, ...}. */
    public String keyColumns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).expression() + " as k" + i);
        }
        return String.join(", ", columns);
    }

    public Page<Row> fetch(StoreReader store, String innerSelect, Map<String, Object> params, String cursor, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        StringBuilder sql = new StringBuilder("select * from (").append(innerSelect).append(") page");
        if (cursor != null) {
            List<String> after = decode(cursor);
            sql.append(" where ").append(after(after, all));
        }
        sql.append(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(column(i)).append(keys.get(i).descending() ? " desc" : " asc");
        }
        sql.append(" limit ").append(limit + 1);
        List<Row> rows = store.rows(sql.toString(), all);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Row> page = rows.subList(0, limit);
        return new Page<>(page, encode(page.get(limit - 1)));
    }

    /** k0 > v0 or (k0 = v0 and k1 > v1) or ..., with < for descending keys. */
    private String after(List<String> values, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder alt = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alt.append(column(j)).append(" = ").append(bound(j)).append(" and ");
            }
            alt.append(column(i)).append(keys.get(i).descending() ? " < " : " > ").append(bound(i)).append(")");
            alternatives.add(alt.toString());
            params.put("cursor_k" + i, values.get(i));
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    /**
     * Text keys sort and compare byte-wise (collation "C"): the order is then the same on every database whatever its
     * locale, and equal to Java's order of the folded ASCII names.
     */
    private String column(int i) {
        return keys.get(i).type() == SortKey.Type.TEXT ? "k" + i + " collate \"C\"" : "k" + i;
    }

    private String bound(int i) {
        return switch (keys.get(i).type()) {
            case TEXT -> "cast(:cursor_k" + i + " as text) collate \"C\"";
            case DATE -> "cast(:cursor_k" + i + " as date)";
            case NUMBER -> "cast(:cursor_k" + i + " as numeric)";
        };
    }

    private String encode(Row last) {
        List<String> values = new ArrayList<>();
        values.add(ordering);
        for (int i = 0; i < keys.size(); i++) {
            Object v = last.raw("k" + i);
            values.add(switch (keys.get(i).type()) {
                case DATE -> last.date("k" + i).toString();
                case NUMBER -> last.bigDecimal("k" + i).toPlainString();
                case TEXT -> v.toString();
            });
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    private List<String> decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor '" + cursor + "' is not a cursor issued by this API");
        }
        List<String> parts = Arrays.asList(text.split(SEPARATOR, -1));
        if (parts.size() != keys.size() + 1 || !parts.get(0).equals(ordering)) {
            throw new InvalidCursorException("cursor '" + cursor + "' does not belong to this collection and ordering");
        }
        List<String> values = parts.subList(1, parts.size());
        for (int i = 0; i < keys.size(); i++) {
            try {
                switch (keys.get(i).type()) {
                    case DATE -> LocalDate.parse(values.get(i));
                    case NUMBER -> new BigDecimal(values.get(i));
                    case TEXT -> { }
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new InvalidCursorException("cursor '" + cursor + "' is damaged");
            }
        }
        return values;
    }
}
