package io.attache.query.paging;

/**
 * One key of a stable sort. {@code expression} must never be null (coalesce it), so that keyset comparisons work.
 */
public record SortKey(String expression, Type type, boolean descending) {
    public enum Type {
        TEXT, DATE, NUMBER
    }

    public static SortKey asc(String expression, Type type) {
        return new SortKey(expression, type, false);
    }

    public static SortKey desc(String expression, Type type) {
        return new SortKey(expression, type, true);
    }
}
