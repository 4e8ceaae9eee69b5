package io.attache.evaluation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats an {@link EvaluationReport} for a terminal and as JSON. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    /** The per-kind table. */
    public static void printTable(EvaluationReport report, PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %6s %6s %6s %9s %9s %9s%n", "kind", "TP", "FP", "FN", "precision", "recall", "F1");
        out.println("-".repeat(62));
        for (Kind k : Kind.values()) {
            Counts c = report.get(k);
            out.printf(Locale.ROOT, "%-12s %6d %6d %6d %9.3f %9.3f %9.3f%n", k.id(), c.truePositives(), c.falsePositives(),
                    c.falseNegatives(), c.precision(), c.recall(), c.f1());
        }
    }

    /** Every miss and extra, grouped per article; articles without findings are skipped. */
    /** Pairwise identity figures, one line per kind. */
    public static void printIdentity(Map<Kind, IdentityScorer.PairCounts> identity, PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %10s %12s %13s %9s %9s %9s%n", "kind", "true pairs", "false merges",
                "missed merges", "precision", "recall", "F1");
        identity.forEach((kind, c) -> out.printf(Locale.ROOT, "%-12s %10d %12d %13d %9.3f %9.3f %9.3f%n", kind.id(),
                c.truePairs(), c.falseMerges(), c.missedMerges(), c.precision(), c.recall(), c.f1()));
    }

    public static void printFindings(EvaluationReport report, PrintStream out) {
        for (ArticleScore a : report.articles()) {
            List<Finding> f = a.findings();
            if (f.isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + a.articleId() + "  (" + shortCounts(a) + ")");
            for (Finding x : f) {
                String tag = switch (x.type()) {
                    case MISS -> "MISS ";
                    case EXTRA -> "EXTRA";
                    case ERROR -> "ERROR";
                    case NOTE -> "note ";
                };
                out.printf(Locale.ROOT, "  %s %-11s %s%n", tag, x.kind().id(), x.what());
            }
        }
    }

    private static String shortCounts(ArticleScore a) {
        StringBuilder sb = new StringBuilder();
        for (Kind k : List.of(Kind.OFFICIALS, Kind.EVENTS, Kind.AGREEMENTS)) {
            Counts c = a.get(k);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.id()).append(' ').append(c.truePositives()).append('/').append(c.truePositives() + c.falseNegatives());
            if (c.falsePositives() > 0) {
                sb.append(" +").append(c.falsePositives());
            }
        }
        return sb.toString();
    }

    /** One short paragraph: articles, perfect articles, time, headline F1s. */
    public static void printSummary(EvaluationReport report, PrintStream out) {
        long perfect = report.articles().stream()
                .filter(a -> a.findings().stream().allMatch(f -> f.type() == Finding.Type.NOTE)).count();
        long errors = report.articles().stream()
                .filter(a -> a.findings().stream().anyMatch(f -> f.type() == Finding.Type.ERROR)).count();
        int n = report.articles().size();
        double ms = report.extractionNanos() / 1e6;
        out.printf(Locale.ROOT, "Summary: %d articles, %d without any miss or extra, %d engine errors; extraction %.1f ms total"
                        + " (%.3f ms/article), run %.1f s.%n", n, perfect, errors, ms, n == 0 ? 0.0 : ms / n,
                report.elapsedNanos() / 1e9);
        out.printf(Locale.ROOT, "F1: officials %.3f, titles %.3f, countries %.3f, events %.3f, main-events %.3f, agreements %.3f%n",
                report.get(Kind.OFFICIALS).f1(), report.get(Kind.TITLES).f1(), report.get(Kind.COUNTRIES).f1(),
                report.get(Kind.EVENTS).f1(), report.get(Kind.MAIN_EVENTS).f1(), report.get(Kind.AGREEMENTS).f1());
    }

    public static ObjectNode toJson(EvaluationReport report, Map<String, String> meta) {
        ObjectNode root = GoldIO.mapper().createObjectNode();
        root.put("generated", Instant.now().toString());
        meta.forEach(root::put);
        root.put("articles", report.articles().size());
        root.put("extraction_ms_total", report.extractionNanos() / 1e6);
        ObjectNode kinds = root.putObject("kinds");
        for (Kind k : Kind.values()) {
            kinds.set(k.id(), counts(report.get(k)));
        }
        ArrayNode arts = root.putArray("per_article");
        for (ArticleScore a : report.articles()) {
            ObjectNode o = arts.addObject();
            o.put("id", a.articleId());
            ObjectNode ks = o.putObject("kinds");
            for (Kind k : Kind.values()) {
                Counts c = a.get(k);
                ObjectNode x = ks.putObject(k.id());
                x.put("tp", c.truePositives());
                x.put("fp", c.falsePositives());
                x.put("fn", c.falseNegatives());
            }
            ArrayNode fs = o.putArray("findings");
            for (Finding f : a.findings()) {
                ObjectNode fo = fs.addObject();
                fo.put("type", f.type().name().toLowerCase(Locale.ROOT));
                fo.put("kind", f.kind().id());
                fo.put("what", f.what());
            }
        }
        return root;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode o = GoldIO.mapper().createObjectNode();
        o.put("tp", c.truePositives());
        o.put("fp", c.falsePositives());
        o.put("fn", c.falseNegatives());
        o.put("precision", round(c.precision()));
        o.put("recall", round(c.recall()));
        o.put("f1", round(c.f1()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
