package io.attache.benchmarks.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.benchmarks.pipeline.Rss;
import io.attache.benchmarks.pipeline.Stats;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query API benchmark: seeds the store with a synthetic dataset if it is not seeded yet ({@link Seeder}), then,
 * for each measured endpoint, drives its raw SQL equivalent ({@link SqlEquivalent}, over JDBC at a fixed rate) and
 * the HTTP endpoint (wrk at the same rate, same requests in the same order) one after the other, and compares the
 * p99 latencies: the target is HTTP p99 ≤ 2 × SQL p99. Prints progress and a summary table, writes
 * {@code <out>/<name>.txt} and an SVG chart. Commands: {@code run} (default), {@code seed}, {@code dataset}
 * (generate without writing, print its shape), {@code help}.
 */
public final class QueryBench {
    static final StringBuilder REPORT = new StringBuilder();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> opts;

    private QueryBench(Map<String, String> opts) {
        this.opts = opts;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        if (command.equals("help") || command.startsWith("-h")) {
            System.out.println(usage());
            return;
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = command.startsWith("--") ? 0 : 1; i < args.length; i++) {
            String a = args[i].replaceFirst("^--", "");
            int eq = a.indexOf('=');
            opts.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        QueryBench bench = new QueryBench(opts);
        switch (command.startsWith("--") ? "run" : command) {
            case "run" -> bench.run();
            case "seed" -> new Seeder(bench.seedOptions()).seedIfNeeded();
            case "dataset" -> bench.dataset();
            case "service-time" -> bench.serviceTime();
            default -> {
                System.out.println(usage());
                System.exit(2);
            }
        }
        System.exit(0);
    }

    static String usage() {
        return """
                usage: java -cp benchmarks.jar io.attache.benchmarks.query.QueryBench [run|seed|dataset] [--key=value]...
                  run      seed if needed, check the SQL equivalents against the API, then per endpoint: raw SQL at the
                           rate, then HTTP (wrk) at the rate; summary table, <out>/<name>.txt and .svg
                  seed     only seed (idempotent: a marker row in bench_query_seed)
                  dataset  generate the dataset in memory and print its shape (no database)
                  service-time  one request at a time (no load): mean and p50/p99 per request of each endpoint's SQL and
                           HTTP, over --n=500 requests after --n/5 of warm-up
                dataset:  --officials=100000 --events=50000 --mentions=1000000 --seed=20251204 --jp-vn-share=0.003
                load:     --rate=200 (requests/s per endpoint) --duration=60s --warmup=10s --endpoints=officials,events,
                          item,relation --connections=16 (wrk) --wrk-threads=1 --sql-connections=16 --requests=2000
                          (distinct requests drawn per endpoint) --check=20 (requests per endpoint compared, 0 = none)
                where:    --query=http://127.0.0.1:8083 --jdbc=$QUARKUS_DATASOURCE_JDBC_URL --db-user --db-password
                          --ports=query-service:8083,postgres:5432 (whose CPU to account) --out=docs/bench --name=query""";
    }

    // ================================================================================================ options

    String opt(String key, String fallback) {
        return opts.getOrDefault(key, fallback);
    }

    int intOpt(String key, int fallback) {
        return Integer.parseInt(opt(key, Integer.toString(fallback)).replace("_", ""));
    }

    /** "60", "60s", "2m" → seconds */
    int seconds(String key, int fallback) {
        String v = opt(key, fallback + "s").trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Math.max(1, Integer.parseInt(v.substring(0, v.length() - 2)) / 1000);
        }
        if (v.endsWith("m")) {
            return Integer.parseInt(v.substring(0, v.length() - 1)) * 60;
        }
        return Integer.parseInt(v.endsWith("s") ? v.substring(0, v.length() - 1) : v);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    Seeder.Options seedOptions() {
        return new Seeder.Options(opt("jdbc", env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/attache")),
                opt("db-user", env("QUARKUS_DATASOURCE_USERNAME", "attache")),
                opt("db-password", env("QUARKUS_DATASOURCE_PASSWORD", "attache")),
                Long.parseLong(opt("seed", "20251204")), intOpt("officials", 100_000), intOpt("events", 50_000),
                Long.parseLong(opt("mentions", "1000000").replace("_", "")),
                Double.parseDouble(opt("jp-vn-share", "0.003")));
    }

    private void dataset() {
        long t0 = System.nanoTime();
        Dataset d = Seeder.generateOnly(seedOptions());
        line("%.1f s: %,d officials, %,d organisations, %,d events, %,d agreements, %,d articles, %,d mentions "
                + "(%,d required)", (System.nanoTime() - t0) / 1e9, d.officials.size(), d.organizations.size(),
                d.events.size(), d.agreements.size(), d.articles.size(), d.mentionCount(), d.requiredMentions);
        StringBuilder per = new StringBuilder();
        d.officialsByCountry.forEach((c, ids) -> per.append(c).append('=').append(ids.length).append(' '));
        line("officials per country: %s", per.toString().trim());
        List<Dataset.Event> jpvn = d.events.stream()
                .filter(e -> Arrays.asList(e.parties).containsAll(List.of("JP", "VN"))).toList();
        line("JP-VN: %d events (%.2f %%), %d officials involved", jpvn.size(), 100.0 * jpvn.size() / d.events.size(),
                jpvn.stream().flatMap(e -> e.participants.stream()).distinct().count());
        line("examples: %s", d.officials.stream().filter(x -> x.index % 4999 == 0).map(x -> x.display + " ("
                + x.country + ")").toList());
        Seeder.ArticleText.Written w = new Seeder.ArticleText(d).write(d.articles.get(d.articles.size() / 2));
        line("an article: %s", w.text());
    }

    // ================================================================================================ run

    private record Measured(Workload.Endpoint endpoint, double rate, SqlLoad.Result sql, WrkLoad.Result http,
            String loadBefore, String loadAfter) {
        double sqlP(double p) {
            return Stats.percentile(sql.latenciesMs(), p);
        }

        /**
         * The SQL side's p99, or, when it could not hold the rate (stopped with more than
         * {@link SqlLoad#MAX_BACKLOG_SECONDS} of requests waiting, which would only have grown), a lower bound of it.
         */
        double sqlP99() {
            double p99 = sql.latenciesMs().length == 0 ? 0 : sqlP(99);
            return sql.abandoned() ? Math.max(p99, SqlLoad.MAX_BACKLOG_SECONDS * 1000) : p99;
        }

        double ratio() {
            return http.p99() / sqlP99();
        }

        /** The SQL side kept up: its requests were all done within 3 % of the schedule's length. */
        double sqlRate() {
            return sql.latenciesMs().length / sql.seconds();
        }

        boolean httpHeld() {
            return http.rate() >= 0.97 * rate && http.late() <= 0.01 * http.requests();
        }

        boolean sqlHeld() {
            return !sql.abandoned() && sqlRate() >= 0.97 * rate;
        }

        /**
         * HTTP must hold the rate (otherwise wrk slowed down to what the service could take, and its latencies
         * understate). If the SQL side did not hold it, its p99 only has a lower bound, and the target is met if HTTP's
         * p99 is within twice that bound.
         */
        boolean met() {
            return httpHeld() && ratio() <= 2.0 && http.errors() == 0 && http.statusErrors() == 0 && sql.errors() == 0;
        }

        String verdict() {
            if (!httpHeld()) {
                return "MISSED (HTTP did not hold the rate)";
            }
            return (met() ? "met" : "MISSED") + (sqlHeld() ? "" : " (SQL did not hold the rate: its p99 > "
                    + String.format(Locale.ROOT, "%.0f", sqlP99()) + " ms)");
        }
    }

    private void run() throws Exception {
        String queryUrl = opt("query", "http://127.0.0.1:8083");
        double rate = Double.parseDouble(opt("rate", "200"));
        int duration = seconds("duration", 60), warmup = seconds("warmup", 10);
        int connections = intOpt("connections", 16), wrkThreads = intOpt("wrk-threads", 1);
        int sqlConnections = intOpt("sql-connections", 16), perEndpoint = intOpt("requests", 2000);
        long seed = Long.parseLong(opt("seed", "20251204"));
        Path out = Path.of(opt("out", "docs/bench"));
        String name = opt("name", "query");
        List<Workload.Endpoint> endpoints = endpoints(opt("endpoints", "officials,events,item,relation"));

        REPORT.setLength(0);
        say("Query API benchmark");
        line("# query API benchmark, %s", Instant.now());
        line("machine: %d cpus, %s; load average at start: %s", Runtime.getRuntime().availableProcessors(),
                memory(), Cpu.loadAverage());
        String wrk = WrkLoad.version();
        if (wrk == null) {
            throw new IllegalStateException("wrk is not installed: it is the HTTP load tool of this benchmark "
                    + "(Debian package wrk): apt-get install wrk");
        }
        line("load tool: %s; rate %.0f requests/s per endpoint, %d s measured after %d s of warm-up, wrk %d thread(s) "
                + "x %d connections, SQL side %d JDBC connections", wrk, rate, duration, warmup, wrkThreads,
                connections, sqlConnections);
        Seeder.Options seedOptions = seedOptions();
        if (!opts.containsKey("skip-seed")) {
            new Seeder(seedOptions).seedIfNeeded();
        }
        watchProcesses();
        waitHealthy(queryUrl);

        List<Connection> pool = new ArrayList<>();
        Path work = Files.createTempDirectory("attache-query-bench");
        try {
            for (int i = 0; i < sqlConnections; i++) {
                pool.add(DriverManager.getConnection(seedOptions.jdbc(), seedOptions.user(), seedOptions.password()));
            }
            line("store: %s", storeShape(pool.get(0)));
            Path script = WrkLoad.script(work);
            Map<Workload.Endpoint, List<Workload.Request>> workloads = new LinkedHashMap<>();
            Map<Workload.Endpoint, Path> pathFiles = new LinkedHashMap<>();
            for (Workload.Endpoint e : endpoints) {
                List<Workload.Request> requests = Workload.requests(pool.get(0), e, perEndpoint, seed);
                workloads.put(e, requests);
                pathFiles.put(e, WrkLoad.paths(work, e, requests));
                line("%-22s %s", e.label, Workload.describe(requests));
            }
            int check = intOpt("check", 20);
            if (check > 0) {
                checkEquivalence(queryUrl, pool.get(0), workloads, check);
            }
            List<Measured> results = new ArrayList<>();
            for (Workload.Endpoint e : endpoints) {
                List<Workload.Request> requests = workloads.get(e);
                int offset = (int) Math.round(rate * warmup); // measured requests are the same list slice on both sides
                say("%s: raw SQL at %.0f/s for %d s (+%d s warm-up)".formatted(e.http, rate, duration, warmup));
                String loadBefore = Cpu.loadAverage();
                SqlLoad.Result sql = SqlLoad.run(pool, requests, rate, warmup, duration, 0);
                System.out.printf(Locale.ROOT, "    SQL:  p50 %.1f ms  p95 %.1f  p99 %.1f  max %.1f  (%d requests, "
                        + "%.1f/s, %d errors)%n", Stats.percentile(sql.latenciesMs(), 50),
                        Stats.percentile(sql.latenciesMs(), 95), Stats.percentile(sql.latenciesMs(), 99),
                        Stats.percentile(sql.latenciesMs(), 100), sql.latenciesMs().length,
                        sql.latenciesMs().length / sql.seconds(), sql.errors());
                Thread.sleep(2000);
                say("%s: HTTP (wrk) at %.0f/s for %d s (+%d s warm-up)".formatted(e.http, rate, duration, warmup));
                WrkLoad.run(script, pathFiles.get(e), queryUrl, rate, wrkThreads, connections, warmup, 0);
                WrkLoad.Result http = WrkLoad.run(script, pathFiles.get(e), queryUrl, rate, wrkThreads, connections,
                        duration, offset);
                String loadAfter = Cpu.loadAverage();
                System.out.printf(Locale.ROOT, "    HTTP: p50 %.1f ms  p95 %.1f  p99 %.1f  max %.1f  (%d requests, "
                        + "%.1f/s, %d errors, %d non-2xx, %d late starts)%n", http.p50(), http.p95(), http.p99(),
                        http.max(), http.requests(), http.rate(), http.errors(), http.statusErrors(), http.late());
                results.add(new Measured(e, rate, sql, http, loadBefore, loadAfter));
                Thread.sleep(2000);
            }
            summary(results, rate, duration);
            chart(out.resolve(name + ".svg"), results, rate);
            line("load average at the end: %s", Cpu.loadAverage());
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".txt"), REPORT.toString(), StandardCharsets.UTF_8);
            System.out.println("    results: " + out.resolve(name + ".txt") + ", chart: " + out.resolve(name + ".svg"));
        } finally {
            for (Connection c : pool) {
                c.close();
            }
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /** Unloaded service times: the requests one after the other on one connection, SQL then HTTP. */
    private void serviceTime() throws Exception {
        String queryUrl = opt("query", "http://127.0.0.1:8083");
        int n = intOpt("n", 500);
        long seed = Long.parseLong(opt("seed", "20251204"));
        Seeder.Options o = seedOptions();
        HttpClient client = HttpClient.newHttpClient();
        line("service time, one request at a time, %d requests per endpoint after %d of warm-up; load average %s", n,
                n / 5, Cpu.loadAverage());
        try (Connection c = DriverManager.getConnection(o.jdbc(), o.user(), o.password())) {
            for (Workload.Endpoint e : endpoints(opt("endpoints", "officials,events,item,relation"))) {
                List<Workload.Request> requests = Workload.requests(c, e, Math.max(n, 100), seed);
                double[] sql = new double[n], http = new double[n];
                for (int i = -n / 5; i < n; i++) {
                    Workload.Request r = requests.get(Math.floorMod(i, requests.size()));
                    long t0 = System.nanoTime();
                    SqlEquivalent.run(c, r);
                    if (i >= 0) {
                        sql[i] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                for (int i = -n / 5; i < n; i++) {
                    Workload.Request r = requests.get(Math.floorMod(i, requests.size()));
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/v1/"
                            + r.path())).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(r.path() + ": HTTP " + response.statusCode());
                    }
                    if (i >= 0) {
                        http[i] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                line("%-22s SQL mean %6.2f ms p50 %6.2f p99 %7.2f | HTTP mean %6.2f ms p50 %6.2f p99 %7.2f", e.label,
                        Arrays.stream(sql).average().orElse(Double.NaN), Stats.percentile(sql, 50),
                        Stats.percentile(sql, 99), Arrays.stream(http).average().orElse(Double.NaN),
                        Stats.percentile(http, 50), Stats.percentile(http, 99));
            }
        }
    }

    private static List<Workload.Endpoint> endpoints(String list) {
        List<Workload.Endpoint> out = new ArrayList<>();
        for (String s : list.split(",")) {
            out.add(switch (s.trim()) {
                case "officials" -> Workload.Endpoint.OFFICIALS_Q;
                case "events" -> Workload.Endpoint.EVENTS;
                case "item" -> Workload.Endpoint.OFFICIAL_ITEM;
                case "relation", "relations" -> Workload.Endpoint.RELATION;
                default -> throw new IllegalArgumentException("unknown endpoint " + s
                        + " (officials, events, item, relation)");
            });
        }
        return out;
    }

    private void watchProcesses() {
        for (String spec : opt("ports", "query-service:8083,postgres:5432").split(",")) {
            String[] kv = spec.split(":");
            if (kv.length == 2) {
                long pid = Rss.listener(Integer.parseInt(kv[1].trim()));
                Cpu.watch(kv[0].trim(), pid);
            }
        }
        Cpu.watch("benchmark client", ProcessHandle.current().pid());
        line("CPU accounted for: %s (plus wrk, measured as the machine's busy time)", Cpu.watched());
    }

    private static void waitHealthy(String queryUrl) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(queryUrl + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("query-service is not healthy at " + queryUrl);
    }

    private static String memory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    return (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MiB RAM";
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "RAM n/a";
    }

    private static String storeShape(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (String t : List.of("official", "event", "agreement", "article", "mention", "resolution")) {
            List<Object[]> rows = SqlEquivalent.query(c, "select reltuples::bigint from pg_class where relname = ?",
                    List.of(t));
            b.append(t).append(" ~").append(rows.isEmpty() ? "?" : String.format(Locale.ROOT, "%,d", rows.get(0)[0]))
                    .append(", ");
        }
        List<Object[]> seeded = SqlEquivalent.query(c, "select to_regclass('bench_query_seed') is not null", List.of());
        if (Boolean.TRUE.equals(seeded.get(0)[0])) {
            List<Object[]> s = SqlEquivalent.query(c, "select seed, officials, events, mentions, seeded_at, "
                    + "round(seconds) from bench_query_seed", List.of());
            if (!s.isEmpty()) {
                Object[] r = s.get(0);
                b.append(String.format(Locale.ROOT, "seeded with seed %s (%s officials, %s events, %s mentions) at %s "
                        + "in %s s", r[0], r[1], r[2], r[3], r[4], r[5]));
            }
        }
        return b.toString();
    }

    /** The first requests of each workload through both sides: the ids listed must be the same, in the same order. */
    private void checkEquivalence(String queryUrl, Connection c, Map<Workload.Endpoint, List<Workload.Request>> workloads,
            int count) throws Exception {
        say("Checking that the SQL equivalents return what the API returns (" + count + " requests per endpoint)");
        HttpClient client = HttpClient.newHttpClient();
        for (var entry : workloads.entrySet()) {
            int same = 0;
            List<String> differences = new ArrayList<>();
            for (Workload.Request r : entry.getValue().subList(0, Math.min(count, entry.getValue().size()))) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/v1/"
                        + r.path())).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    differences.add(r.path() + ": HTTP " + response.statusCode());
                    continue;
                }
                List<String> api = apiIds(r.endpoint(), JSON.readTree(response.body()));
                List<String> sql = SqlEquivalent.run(c, r);
                if (api.equals(sql)) {
                    same++;
                } else {
                    differences.add(r.path() + ": API " + abbreviate(api) + " vs SQL " + abbreviate(sql));
                }
            }
            line("%-22s %d/%d identical%s", entry.getKey().label, same, same + differences.size(),
                    differences.isEmpty() ? "" : "; different: " + differences.subList(0, Math.min(3, differences.size())));
            if (!differences.isEmpty() && !opts.containsKey("ignore-check")) {
                throw new IllegalStateException("the SQL equivalent of " + entry.getKey().http + " does not return what "
                        + "the API returns: SqlEquivalent no longer mirrors query-service (or pass --ignore-check)");
            }
        }
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 4 ? ids.toString() : ids.subList(0, 4) + "... (" + ids.size() + ")";
    }

    /** The ids in a response, in the order SqlEquivalent.run lists them. */
    static List<String> apiIds(Workload.Endpoint endpoint, JsonNode body) {
        List<String> ids = new ArrayList<>();
        switch (endpoint) {
            case OFFICIALS_Q, EVENTS -> body.get("items").forEach(n -> ids.add(n.get("id").asText()));
            case OFFICIAL_ITEM -> {
                ids.add(body.get("id").asText());
                body.get("events").forEach(n -> ids.add(n.get("id").asText()));
                body.get("agreements").forEach(n -> ids.add(n.get("id").asText()));
                body.get("sources").forEach(n -> ids.add(n.get("articleId").asText()));
                body.get("resolution").forEach(n -> ids.add(n.get("articleId").asText()));
            }
            case RELATION -> {
                body.get("events").forEach(n -> ids.add(n.get("id").asText()));
                body.get("agreements").forEach(n -> ids.add(n.get("id").asText()));
                body.get("officials").forEach(n -> ids.add(n.get("id").asText()));
            }
        }
        return ids;
    }

    // ================================================================================================ report

    private void summary(List<Measured> results, double rate, int duration) {
        say("Results");
        line("");
        line("p99 target: HTTP p99 <= 2 x the p99 of the equivalent raw SQL, each at %.0f requests/s for %d s", rate,
                duration);
        line("%-22s %15s | %27s %8s | %27s %8s | %6s %s", "endpoint", "rate/s HTTP SQL",
                "HTTP p50 / p95 / p99 ms", "max", "SQL p50 / p95 / p99 ms", "max", "ratio", "target");
        for (Measured m : results) {
            line("%-22s %7.1f %7.1f | %7.1f / %7.1f / %7.1f %8.1f | %7.1f / %7.1f / %7.1f %8.1f | %6.2f %s",
                    m.endpoint().label, m.http().rate(), m.sqlRate(), m.http().p50(), m.http().p95(),
                    m.http().p99(), m.http().max(), m.sqlP(50), m.sqlP(95), m.sqlP99(), m.sqlP(100), m.ratio(),
                    m.verdict());
        }
        line("");
        line("%-22s | %-44s | %-44s | %s", "CPU per request", "HTTP: query-service / PostgreSQL / machine ms",
                "SQL: PostgreSQL / client / machine ms", "load average before -> after");
        for (Measured m : results) {
            double httpN = m.http().requests(), sqlN = m.sql().latenciesMs().length == 0 ? Double.NaN
                    : m.sql().latenciesMs().length;
            int cpus = Runtime.getRuntime().availableProcessors();
            line("%-22s | %8.2f / %8.2f / %8.2f (busy %3.0f %%)     | %8.2f / %8.2f / %8.2f (busy %3.0f %%)     | %s -> %s",
                    m.endpoint().label,
                    1000 * Cpu.seconds(m.http().before(), m.http().after(), "query-service") / httpN,
                    1000 * Cpu.seconds(m.http().before(), m.http().after(), "postgres") / httpN,
                    1000 * Cpu.busy(m.http().before(), m.http().after()) * cpus * m.http().seconds() / httpN,
                    100 * Cpu.busy(m.http().before(), m.http().after()),
                    1000 * Cpu.seconds(m.sql().before(), m.sql().after(), "postgres") / sqlN,
                    1000 * Cpu.seconds(m.sql().before(), m.sql().after(), "benchmark client") / sqlN,
                    1000 * Cpu.busy(m.sql().before(), m.sql().after()) * cpus * m.sql().seconds() / sqlN,
                    100 * Cpu.busy(m.sql().before(), m.sql().after()),
                    first(m.loadBefore()), first(m.loadAfter()));
        }
        line("");
        for (Measured m : results) {
            line("%-22s schedule: SQL requests that waited > 1 ms for a connection: %d (max %.1f ms); HTTP slots taken "
                    + "late: %d (max %.1f ms); errors SQL %d, HTTP %d + %d non-2xx", m.endpoint().label,
                    Arrays.stream(m.sql().lateMs()).filter(x -> x > 1).count(),
                    Arrays.stream(m.sql().lateMs()).max().orElse(0), m.http().late(), m.http().lateMaxMs(),
                    m.sql().errors(), m.http().errors(), m.http().statusErrors());
        }
        long met = results.stream().filter(Measured::met).count();
        line("");
        line("target met for %d of %d endpoints", met, results.size());
    }

    private static String first(String loadavg) {
        String[] f = loadavg.split(" ");
        return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : loadavg;
    }

    private static void chart(Path file, List<Measured> results, double rate) throws IOException {
        List<LogBarChart.Group> groups = new ArrayList<>();
        for (Measured m : results) {
            groups.add(new LogBarChart.Group(m.endpoint().label, new double[] {m.sqlP(50), m.sqlP99(), m.http().p50(),
                m.http().p99(), 2 * m.sqlP99()}, String.format(Locale.ROOT, "p99 ratio %.2f: %s", m.ratio(),
                        m.verdict().replaceAll(" \\(.*", ""))));
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%.0f requests/s per endpoint, each endpoint alone: its raw SQL over JDBC, "
                + "then the HTTP API with wrk; target: HTTP p99 <= 2 x SQL p99.", rate));
        for (Measured m : results) {
            if (!m.sqlHeld()) {
                notes.add(m.endpoint().label + ": the raw SQL did not hold the rate (its p99 shown is a lower bound).");
            }
        }
        LogBarChart.write(file, "Query API vs its raw SQL: latency at a fixed rate", "latency, ms",
                List.of("SQL p50", "SQL p99", "HTTP p50", "HTTP p99", "target: 2 x SQL p99"), groups, notes);
    }

    // ================================================================================================ output

    static void say(String s) {
        System.out.println("\033[1m==>\033[0m " + s);
    }

    static void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("    " + s);
        REPORT.append(s).append('\n');
    }
}
