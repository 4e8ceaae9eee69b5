package io.attache.query.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One result row of a native query, read by lower-case column alias. The converters accept every Java type the
 * PostgreSQL driver may hand back for a column type, so queries need not care.
 *
 * @param columns lower-case column label → index in {@code values} (shared by the rows of one result)
 */
public record Row(Map<String, Integer> columns, Object[] values) {
    /** Separator of {@code string_agg(..., chr(31))} lists: a control character no name or title contains. */
    public static final String LIST_SEPARATOR = "\u001f";

    public Object raw(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return values[i];
    }

    public String str(String column) {
        Object v = raw(column);
        return v == null ? null : v.toString();
    }

    public Integer integer(String column) {
        Object v = raw(column);
        return v == null ? null : ((Number) v).intValue();
    }

    public long count(String column) {
        Object v = raw(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    public Double decimal(String column) {
        Object v = raw(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    public BigDecimal bigDecimal(String column) {
        Object v = raw(column);
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    public LocalDate date(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    public Instant instant(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + v.getClass());
    }

    /** A {@code string_agg(x, chr(31))} column as a list; empty when null. */
    public List<String> list(String column) {
        String v = str(column);
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split(LIST_SEPARATOR));
    }
}
