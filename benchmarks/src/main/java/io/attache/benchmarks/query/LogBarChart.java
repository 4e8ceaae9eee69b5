package io.attache.benchmarks.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written SVG chart of grouped horizontal bars on a logarithmic axis (latencies from under a millisecond to
 * seconds side by side), no dependencies. Each bar is labelled with its value.
 */
final class LogBarChart {
    private static final String[] COLOURS = {"#9ecae1", "#1f77b4", "#fdae6b", "#d62728", "#2ca02c", "#9467bd"};
    private static final int W = 980, LEFT = 190, RIGHT = 70, TOP = 60, BAR = 13, GAP = 3, GROUP_GAP = 16;

    record Group(String label, double[] values, String note) {
    }

    private LogBarChart() {
    }

    static void write(Path file, String title, String unit, List<String> series, List<Group> groups, List<String> notes)
            throws IOException {
        double min = Double.MAX_VALUE, max = 0;
        for (Group g : groups) {
            for (double v : g.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double lo = Math.pow(10, Math.floor(Math.log10(min == Double.MAX_VALUE ? 1 : min)));
        double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(max, lo * 10))));
        int groupHeight = series.size() * (BAR + GAP) + GROUP_GAP + 14;
        int plotBottom = TOP + groups.size() * groupHeight;
        int height = plotBottom + 50 + 16 * (notes.size() + 1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, height));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"26\" font-size=\"16\" font-weight=\"bold\">%s</text>\n",
                20, esc(title)));
        for (int s = 0; s < series.size(); s++) { // legend
            int x = 20 + s * 180;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"38\" width=\"12\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"47\" font-size=\"11\">%s</text>\n", x, COLOURS[s % COLOURS.length], x + 16,
                    esc(series.get(s))));
        }
        for (double d = lo; d <= hi * 1.0001; d *= 10) { // decades
            double x = x(d, lo, hi);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n", x, TOP - 4, x,
                    plotBottom, x, plotBottom + 16, label(d)));
            for (int k = 2; k < 10 && d * k < hi; k++) {
                double xm = x(d * k, lo, hi);
                sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                        + "stroke=\"#eee\"/>\n", xm, TOP - 4, xm, plotBottom));
            }
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s "
                + "(logarithmic)</text>\n", (LEFT + W - RIGHT) / 2, plotBottom + 34, esc(unit)));
        int y = TOP;
        for (Group g : groups) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\" "
                    + "text-anchor=\"end\">%s</text>\n", LEFT - 8, y + 12, esc(g.label())));
            if (g.note() != null) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#444\" "
                        + "text-anchor=\"end\">%s</text>\n", LEFT - 8, y + 26, esc(g.note())));
            }
            for (int s = 0; s < g.values().length; s++) {
                double v = g.values()[s];
                if (!(v > 0) || !Double.isFinite(v)) {
                    y += BAR + GAP;
                    continue;
                }
                double x = x(v, lo, hi);
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>\n", LEFT, y, Math.max(1, x - LEFT), BAR,
                        COLOURS[s % COLOURS.length], x + 3, y + BAR - 3, value(v)));
                y += BAR + GAP;
            }
            y += GROUP_GAP + 14 - GAP;
        }
        int ny = plotBottom + 56;
        for (String n : notes) {
            sb.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s</text>\n",
                    ny, esc(n)));
            ny += 16;
        }
        sb.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static double x(double v, double lo, double hi) {
        return LEFT + (W - LEFT - RIGHT) * (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
    }

    private static String label(double d) {
        return d >= 1 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%s", d);
    }

    static String value(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
