package io.attache.evaluation;

import io.attache.extraction.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code EvaluateCommand [options] TEXTS_DIR GOLD_DIR}: runs the extraction engine over every gold file of GOLD_DIR and
 * prints precision / recall / F1 per kind, then every miss and extra per article.
 *
 * <pre>
 * Options:
 *   --json FILE          also write the figures (and findings) as JSON
 *   --min KIND=VALUE     exit with status 2 if KIND's F1 is below VALUE (repeatable);
 *                        KIND: officials, titles, ranks, countries, events, main-events, agreements
 *   --quiet              no per-article findings, only the table and the summary
 * Exit status: 0 ok, 1 usage or input error, 2 a threshold was missed.
 * </pre>
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path json = null;
        boolean quiet = false;
        boolean live = false;
        String ingestUrl = "http://localhost:8081";
        String queryUrl = "http://localhost:8083";
        Map<Kind, Double> identityMins = new EnumMap<>(Kind.class);
        Map<Kind, Double> mins = new EnumMap<>(Kind.class);
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--json" -> json = Path.of(need(args, ++i, "--json"));
                    case "--min" -> parseMin(need(args, ++i, "--min"), mins);
                    case "--quiet", "-q" -> quiet = true;
                    case "--live" -> live = true;
                    case "--ingest-url" -> ingestUrl = need(args, ++i, "--ingest-url");
                    case "--query-url" -> queryUrl = need(args, ++i, "--query-url");
                    case "--min-identity" -> parseMin(need(args, ++i, "--min-identity"), identityMins);
                    case "--help", "-h" -> {
                        usage(out);
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("--min=")) {
                            parseMin(a.substring(6), mins);
                        } else if (a.startsWith("--json=")) {
                            json = Path.of(a.substring(7));
                        } else if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        } else {
                            positional.add(a);
                        }
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected TEXTS_DIR and GOLD_DIR");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            usage(err);
            return 1;
        }
        Path texts = Path.of(positional.get(0));
        Path gold = Path.of(positional.get(1));
        if (!Files.isDirectory(gold)) {
            err.println("error: gold directory not found: " + gold);
            return 1;
        }
        List<EvaluationCase> cases = Evaluation.load(texts, gold, msg -> err.println("warning: " + msg));
        if (cases.isEmpty()) {
            err.println("error: no gold file with a readable text in " + gold);
            return 1;
        }
        int total = cases.size();
        int every = total <= 30 ? 1 : Math.max(1, total / 20);
        Evaluation.Progress progress = (done, n, id) -> {
            if (done % every == 0 || done == n) {
                err.printf(Locale.ROOT, "[%d/%d] %s%n", done, n, id);
            }
        };
        EvaluationReport report;
        try {
            report = live ? new LiveEvaluation(ingestUrl, queryUrl, Duration.ofMinutes(10)).run(cases, progress)
                    : Evaluation.run(cases, Extractor.create(), progress);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Map<Kind, IdentityScorer.PairCounts> identity = live ? IdentityScorer.score(report.articles()) : Map.of();

        out.println();
        out.println("Attaché extraction evaluation" + (live ? " through the running stack (" + ingestUrl + ", " + queryUrl + ")" : "")
                + " — " + total + " articles, texts " + texts + ", gold " + gold);
        out.println();
        ReportPrinter.printTable(report, out);
        if (live) {
            out.println();
            out.println("Cross-article identity (pairwise over gold keys):");
            ReportPrinter.printIdentity(identity, out);
        }
        if (!quiet) {
            out.println();
            out.println("Misses and extras per article:");
            ReportPrinter.printFindings(report, out);
        }
        out.println();
        ReportPrinter.printSummary(report, out);

        if (json != null) {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("texts_dir", texts.toString());
            meta.put("gold_dir", gold.toString());
            try {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(json, GoldIO.mapper().writeValueAsString(ReportPrinter.toJson(report, meta)) + "\n",
                        StandardCharsets.UTF_8);
                out.println("Figures written to " + json);
            } catch (IOException e) {
                err.println("error: cannot write " + json + ": " + e.getMessage());
                return 1;
            }
        }

        int status = 0;
        for (Map.Entry<Kind, Double> m : identityMins.entrySet()) {
            IdentityScorer.PairCounts pc = identity.get(m.getKey());
            double f1 = pc == null ? 0 : pc.f1();
            boolean met = live && f1 >= m.getValue();
            out.printf(Locale.ROOT, "%s: identity %s pairwise F1 %.3f %s %.3f%n", met ? "threshold met" : "THRESHOLD MISSED",
                    m.getKey().id(), f1, met ? ">=" : "<", m.getValue());
            status = met ? status : 2;
        }
        for (Map.Entry<Kind, Double> m : mins.entrySet()) {
            double f1 = report.get(m.getKey()).f1();
            if (f1 < m.getValue()) {
                out.printf(Locale.ROOT, "THRESHOLD MISSED: %s F1 %.3f < %.3f%n", m.getKey().id(), f1, m.getValue());
                status = 2;
            } else {
                out.printf(Locale.ROOT, "threshold met: %s F1 %.3f >= %.3f%n", m.getKey().id(), f1, m.getValue());
            }
        }
        return status;
    }

    private static String need(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return args[i];
    }

    static void parseMin(String spec, Map<Kind, Double> mins) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--min expects kind=value, got '" + spec + "'");
        }
        Kind k = Kind.byId(spec.substring(0, eq).trim());
        double v;
        try {
            v = Double.parseDouble(spec.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--min value is not a number: '" + spec + "'");
        }
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException("--min value must be between 0 and 1: '" + spec + "'");
        }
        mins.put(k, v);
    }

    private static void usage(PrintStream s) {
        s.println("usage: EvaluateCommand [--live [--ingest-url URL] [--query-url URL]] [--json FILE] [--min KIND=VALUE]...");
        s.println("                       [--min-identity KIND=VALUE]... [--quiet] TEXTS_DIR GOLD_DIR");
        s.println("  --live: ingest the texts through the running stack and score what the store holds, including");
        s.println("          cross-article identity (pairwise F1 for officials, events, agreements; --min-identity)");
        s.println("  KIND: officials, titles, ranks, countries, events, main-events, agreements (threshold on F1)");
        s.println("  text of a gold file: its text_file relative to GOLD_DIR/.., then to TEXTS_DIR, then TEXTS_DIR/<id>.txt");
        s.println("  exit status: 0 ok, 1 usage/input error, 2 a --min threshold was missed");
    }
}
