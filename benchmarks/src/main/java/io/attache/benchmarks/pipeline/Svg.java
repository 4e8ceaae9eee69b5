package io.attache.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Hand-written SVG charts: line charts and grouped bar charts, no dependencies. */
public final class Svg {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
    private static final int W = 900, H = 480, L = 80, R = 200, T = 50, B = 60;

    private Svg() {
    }

    public record Series(String name, double[] xs, double[] ys) {
    }

    public record Group(String label, double[] values) {
    }

    public static void lineChart(Path file, String title, String xLabel, String yLabel, List<Series> series,
            List<String> notes) throws IOException {
        double maxX = 0, maxY = 0;
        for (Series s : series) {
            for (double x : s.xs) {
                maxX = Math.max(maxX, x);
            }
            for (double y : s.ys) {
                maxY = Math.max(maxY, y);
            }
        }
        maxX = nice(maxX);
        maxY = nice(maxY);
        StringBuilder sb = header(title);
        axes(sb, xLabel, yLabel, maxX, maxY);
        int i = 0;
        for (Series s : series) {
            String colour = COLOURS[i % COLOURS.length];
            sb.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour).append("\" points=\"");
            for (int k = 0; k < s.xs.length; k++) {
                sb.append(fmt(px(s.xs[k], maxX))).append(',').append(fmt(py(s.ys[k], maxY))).append(' ');
            }
            sb.append("\"/>\n");
            legend(sb, i, s.name, colour);
            i++;
        }
        notes(sb, notes, i);
        write(file, sb);
    }

    public static void barChart(Path file, String title, String yLabel, List<String> seriesNames, List<Group> groups,
            List<String> notes) throws IOException {
        double maxY = 0;
        for (Group g : groups) {
            for (double v : g.values) {
                maxY = Math.max(maxY, v);
            }
        }
        maxY = nice(maxY);
        StringBuilder sb = header(title);
        axes(sb, null, yLabel, Double.NaN, maxY);
        double slot = (W - L - R) / (double) Math.max(1, groups.size());
        double bar = slot * 0.8 / Math.max(1, seriesNames.size());
        for (int g = 0; g < groups.size(); g++) {
            double x0 = L + g * slot + slot * 0.1;
            Group group = groups.get(g);
            for (int s = 0; s < group.values.length; s++) {
                double v = group.values[s];
                double y = py(v, maxY);
                sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                        x0 + s * bar, y, bar - 2, H - B - y, COLOURS[s % COLOURS.length]));
                sb.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>\n",
                        x0 + s * bar + bar / 2, y - 3, esc(short3(v))));
            }
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
                    L + g * slot + slot / 2, H - B + 18, esc(group.label)));
        }
        for (int s = 0; s < seriesNames.size(); s++) {
            legend(sb, s, seriesNames.get(s), COLOURS[s % COLOURS.length]);
        }
        notes(sb, notes, seriesNames.size());
        write(file, sb);
    }

    static double nice(double max) {
        if (max <= 0 || Double.isNaN(max)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static StringBuilder header(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, H));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" font-size=\"16\" font-weight=\"bold\">%s</text>\n",
                L, esc(title)));
        return sb;
    }

    private static void axes(StringBuilder sb, String xLabel, String yLabel, double maxX, double maxY) {
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n",
                L, H - B, W - R, H - B));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n",
                L, T, L, H - B));
        for (int k = 0; k <= 5; k++) {
            double v = maxY * k / 5;
            double y = py(v, maxY);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n",
                    L, y, W - R, y));
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>\n", L - 5, y + 4, short3(v)));
            if (!Double.isNaN(maxX)) {
                double xv = maxX * k / 5;
                sb.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
                        px(xv, maxX), H - B + 16, short3(xv)));
            }
        }
        if (xLabel != null) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
                    (L + W - R) / 2, H - 15, esc(xLabel)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"15\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 15 %d)\">%s</text>\n", (T + H - B) / 2, (T + H - B) / 2, esc(yLabel)));
    }

    private static void legend(StringBuilder sb, int i, String name, String colour) {
        int y = T + 10 + i * 20;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>\n",
                W - R + 10, y - 4, colour));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
                W - R + 30, y + 2, esc(name)));
    }

    private static void notes(StringBuilder sb, List<String> notes, int after) {
        int y = T + 20 + after * 20;
        for (String n : notes) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#444\">%s</text>\n",
                    W - R + 10, y, esc(n)));
            y += 14;
        }
    }

    private static double px(double x, double maxX) {
        return L + (W - L - R) * x / maxX;
    }

    private static double py(double y, double maxY) {
        return H - B - (H - B - T) * y / maxY;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String short3(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void write(Path file, StringBuilder sb) throws IOException {
        sb.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
