package io.attache.benchmarks.query;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, buffered and sent with the
 * driver's CopyManager. Values are escaped (backslash, tab, newline, carriage return); null is {@code \N}.
 */
final class Copy {
    private final String table;
    private final String columns;
    private final int width;
    private StringBuilder buffer = new StringBuilder(1 << 16);
    private int column;
    private long rows;
    private long total;

    Copy(String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.width = columns.split(",").length;
    }

    Copy add(Object value) {
        if (column > 0) {
            buffer.append('\t');
        }
        column++;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** Ends a row; every row must have as many values as there are columns. */
    Copy row() {
        if (column != width) {
            throw new IllegalStateException(table + ": row of " + column + " values for " + width + " columns");
        }
        buffer.append('\n');
        column = 0;
        rows++;
        return this;
    }

    long pending() {
        return rows;
    }

    long total() {
        return total;
    }

    String table() {
        return table;
    }

    /** Sends the buffered rows; @return how many */
    long flush(Connection c) throws SQLException, IOException {
        if (rows == 0) {
            return 0;
        }
        long n = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy " + table + " (" + columns + ") from stdin", new StringReader(buffer.toString()));
        if (n != rows) {
            throw new IllegalStateException(table + ": copied " + n + " of " + rows + " rows");
        }
        total += n;
        rows = 0;
        buffer = new StringBuilder(1 << 16);
        return n;
    }
}
