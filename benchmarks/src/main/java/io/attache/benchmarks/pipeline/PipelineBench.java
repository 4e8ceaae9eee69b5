package io.attache.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline benchmarks of Attaché against a running stack: {@code pipeline} (throughput of the real pipeline and
 * of the null pipeline in the same run), {@code freshness} (POST → article.processed on SSE at a fixed rate),
 * {@code memory} (RSS idle and under load), {@code growth} (throughput and freshness as the store grows) and
 * {@code all}. Options {@code --key=value}; see {@link #usage()}. Prints progress and figures, writes SVG charts and
 * a results text file into {@code --out}.
 */
public final class PipelineBench {
    private final Map<String, String> opts;
    private final Path out;
    private final NullPipeline.Config db;
    private final String runId;
    private final StringBuilder report = new StringBuilder();
    /** A load run stops waiting for processing after this long (memory: --load-seconds; others: --max-seconds). */
    private double loadLimitSeconds;

    PipelineBench(Map<String, String> opts) {
        this.opts = opts;
        this.out = Path.of(opt("out", "docs/bench"));
        this.db = new NullPipeline.Config(opt("kafka", env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")),
                opt("jdbc", env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/attache")),
                opt("db-user", env("QUARKUS_DATASOURCE_USERNAME", "attache")),
                opt("db-password", env("QUARKUS_DATASOURCE_PASSWORD", "attache")), intOpt("partitions", 4));
        this.loadLimitSeconds = intOpt("max-seconds", 1800);
        this.runId = opt("run-id", DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-h") || args[0].equals("help")) {
            System.out.println(usage());
            return;
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i].replaceFirst("^--", "");
            int eq = a.indexOf('=');
            opts.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        PipelineBench bench = new PipelineBench(opts);
        switch (args[0]) {
            case "pipeline" -> bench.pipeline(bench.opt("name", "pipeline"));
            case "freshness" -> bench.freshness(bench.opt("name", "freshness"), intOpt(opts, "duration", 60));
            case "memory" -> bench.memory();
            case "growth" -> bench.growth(bench.opt("name", "growth"));
            case "seed" -> bench.seed(Long.parseLong(bench.opt("to", "10000")), bench.opt("seed-via", "sql"));
            case "all" -> {
                bench.memory();
                bench.pipeline("pipeline");
                bench.freshness("freshness", intOpt(opts, "duration", 60));
            }
            default -> {
                System.out.println(usage());
                System.exit(2);
            }
        }
        System.exit(0); // HTTP client and Kafka threads
    }

    static String usage() {
        return """
                usage: java -cp benchmarks.jar io.attache.benchmarks.pipeline.PipelineBench COMMAND [--key=value]...
                  pipeline   N articles as fast as accepted through the real pipeline and through the null pipeline
                             (--articles=2000 --batch=50 --senders=4 --warmup-articles=1000: sent first, not measured)
                  freshness  POST -> article.processed on the SSE stream at a fixed rate (--rate=50 --duration=60 --warmup=60
                             --drain=300: how long to wait for the stream after the last POST)
                  memory     RSS of each process idle and under load (--idle-wait=10 --load-articles=1000 --load-seconds=90)
                  growth     seed the store to each level, then pipeline + freshness (--levels=10000,100000
                             --seed-via=sql|pipeline --growth-articles=1000 --growth-duration=30)
                  seed       bring the store to --to=N articles (--seed-via=sql|pipeline)
                  all        memory, pipeline, freshness
                each run first waits until entity-service has no backlog (--idle-timeout=600)
                where: --ingest=http://127.0.0.1:8081 --query=http://127.0.0.1:8083 --kafka=$KAFKA_BOOTSTRAP_SERVERS
                  --jdbc=$QUARKUS_DATASOURCE_JDBC_URL --db-user --db-password
                  --ports=ingest-service:8081,entity-service:8082,query-service:8083,kafka:9092,postgres:5432
                  --name=<file name of the results and chart: pipeline, freshness> --out=docs/bench --seed=20251204 --run-id=<timestamp> --max-seconds=1800 (per load run)""";
    }

    // ============================================================================================ pipeline

    /** What one load run measured. */
    record LoadRun(String label, int total, long accepted, long processed, double acceptSeconds, double lastSeconds,
            List<Stats.Point> timeline, List<Stats.Point> acceptedTimeline) {
        double endToEnd() {
            return processed / lastSeconds;
        }

        double sustained() {
            return Stats.sustainedRate(timeline, total, 0.1, 0.9);
        }
    }

    interface BatchSender {
        List<String> send(int senderIndex, List<Payloads.Article> batch) throws Exception;
    }

    LoadRun load(String label, List<Payloads.Article> articles, int batchSize, int senders, BatchSender sender,
            String table) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Stats.Point> timeline = new ArrayList<>(), accepted = new ArrayList<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> futures = new ArrayList<>();
        long[] acceptDone = {0};
        for (int s = 0; s < senders; s++) {
            int index = s;
            futures.add(pool.submit(() -> {
                try {
                    for (int from; (from = next.getAndAdd(batchSize)) < articles.size(); ) {
                        List<String> got = sender.send(index, articles.subList(from, Math.min(articles.size(), from + batchSize)));
                        ids.addAll(got);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
                return null;
            }));
        }
        pool.shutdown();
        long processed = 0, lastProgressAt = System.nanoTime(), lastPrint = 0;
        double lastSeconds = Double.NaN;
        // only the ids not seen processed yet are looked up: polling all of them cost PostgreSQL ~20 ms a time, a
        // fifth of its CPU in a run, taken from the pipeline being measured
        Set<String> pending = new HashSet<>();
        int acceptedCount = 0;
        long n = 0;
        try (Connection c = db.connect();
                PreparedStatement lookup = c.prepareStatement(
                        "select id from " + table + " where status = 'processed' and id = any(?)")) {
            while (true) {
                Thread.sleep(500);
                synchronized (ids) {
                    pending.addAll(ids.subList(acceptedCount, ids.size()));
                    acceptedCount = ids.size();
                }
                if (!pending.isEmpty()) {
                    lookup.setArray(1, c.createArrayOf("varchar", pending.toArray(String[]::new)));
                    try (ResultSet rs = lookup.executeQuery()) {
                        while (rs.next()) {
                            if (pending.remove(rs.getString(1))) {
                                n++;
                            }
                        }
                    }
                }
                long now = System.nanoTime();
                double seconds = (now - t0) / 1e9;
                if (pool.isTerminated() && acceptDone[0] == 0) {
                    acceptDone[0] = now;
                }
                timeline.add(new Stats.Point(seconds, n));
                accepted.add(new Stats.Point(seconds, acceptedCount));
                if (n > processed) {
                    processed = n;
                    lastProgressAt = now;
                    lastSeconds = seconds;
                }
                if (now - lastPrint > 2_000_000_000L) {
                    lastPrint = now;
                    System.out.printf(Locale.ROOT, "    [%s] %5.1fs accepted %d/%d processed %d%n", label, seconds,
                            acceptedCount, articles.size(), n);
                }
                if (failure.get() != null) {
                    throw new IllegalStateException(label + ": sending failed: " + failure.get(), failure.get());
                }
                if (n >= articles.size()) {
                    break;
                }
                if (seconds > loadLimitSeconds) {
                    System.out.printf("    [%s] time limit of %.0f s reached: stopping with %d/%d processed%n", label,
                            loadLimitSeconds, n, articles.size());
                    break;
                }
                if (now - lastProgressAt > 120_000_000_000L) {
                    System.out.printf("    [%s] no progress for 120 s: stopping with %d/%d processed%n", label, n,
                            articles.size());
                    break;
                }
            }
        }
        double acceptSeconds = ((acceptDone[0] == 0 ? System.nanoTime() : acceptDone[0]) - t0) / 1e9;
        return new LoadRun(label, articles.size(), ids.size(), processed, acceptSeconds, lastSeconds, timeline, accepted);
    }

    LoadRun realLoad(String label, List<Payloads.Article> articles) throws Exception {
        IngestClient ingest = new IngestClient(opt("ingest", "http://127.0.0.1:8081"));
        return load(label, articles, intOpt("batch", 50), intOpt("senders", 4), (i, batch) -> ingest.postBatch(batch),
                "article");
    }

    LoadRun nullLoad(String label, List<Payloads.Article> articles) throws Exception {
        int senders = intOpt("senders", 4);
        try (NullPipeline pipeline = new NullPipeline(db)) {
            pipeline.startConsumer();
            Connection[] connections = new Connection[senders];
            for (int i = 0; i < senders; i++) {
                connections[i] = db.connect();
            }
            try {
                return load(label, articles, intOpt("batch", 50), senders,
                        (i, batch) -> pipeline.send(connections[i], batch), NullPipeline.TABLE);
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
            }
        }
    }

    /** Real pipeline and null pipeline in one run, the same articles (different URLs); returns {real, null}. */
    LoadRun[] pipeline(String name) throws Exception {
        int n = intOpt("articles", 2000);
        long seed = Long.parseLong(opt("seed", "20251204"));
        machine(name);
        say("Pipeline throughput: " + n + " articles, batches of " + intOpt("batch", 50) + ", " + intOpt("senders", 4)
                + " concurrent senders, as fast as accepted (run " + runId + ")");
        List<Payloads.Article> real = Payloads.generate(seed, n, runId + "-" + name);
        List<Payloads.Article> nul = Payloads.generate(seed, n, runId + "-" + name + "-null");
        line("articles: %d from ArticleGenerator(%d), mean %.0f bytes", n, seed, Payloads.meanBytes(real));
        int warmup = intOpt("warmup-articles", 1000);
        if (warmup > 0) { // the services' JIT compilers take minutes to settle: measure a warm stack, not a cold one
            say("Warm-up: " + warmup + " other articles through the Attaché pipeline (not measured)");
            waitForIdle();
            realLoad("warm-up", Payloads.generate(seed + 1, warmup, runId + "-" + name + "-warmup"));
        }
        say("null pipeline (kafka-clients + JDBC, topic " + NullPipeline.TOPIC + ", table " + NullPipeline.TABLE + ")");
        waitForIdle();
        LoadRun nullRun = nullLoad("null", nul);
        say("Attaché pipeline (ingest-service -> Kafka -> entity-service -> PostgreSQL)");
        LoadRun realRun = realLoad("attache", real);
        for (LoadRun r : List.of(nullRun, realRun)) {
            line("%-8s accepted %d in %.1f s (%.0f/s); processed %d/%d, last at %.1f s: end-to-end %.1f articles/s, "
                    + "sustained (10%%-90%%) %.1f articles/s", r.label(), r.accepted(), r.acceptSeconds(),
                    r.accepted() / r.acceptSeconds(), r.processed(), r.total(), r.lastSeconds(), r.endToEnd(), r.sustained());
        }
        line("ratio attache/null: end-to-end %.1f %%, sustained %.1f %%", 100 * realRun.endToEnd() / nullRun.endToEnd(),
                100 * realRun.sustained() / nullRun.sustained());
        line("targets: >= 500 articles/s: %s; >= 50 %% of null: %s", realRun.sustained() >= 500 ? "met" : "MISSED",
                realRun.sustained() >= 0.5 * nullRun.sustained() ? "met" : "MISSED");
        List<Svg.Series> series = new ArrayList<>();
        for (LoadRun r : List.of(realRun, nullRun)) {
            series.add(new Svg.Series(r.label() + " processed", xs(r.timeline()), ys(r.timeline())));
            series.add(new Svg.Series(r.label() + " accepted (202)", xs(r.acceptedTimeline()), ys(r.acceptedTimeline())));
        }
        Path chart = out.resolve(name + ".svg");
        Svg.lineChart(chart, "Pipeline throughput: Attaché vs null pipeline (" + n + " articles)", "seconds since first POST",
                "articles", series, List.of(String.format(Locale.ROOT, "attache %.0f/s sustained", realRun.sustained()),
                        String.format(Locale.ROOT, "null %.0f/s sustained", nullRun.sustained()),
                        String.format(Locale.ROOT, "ratio %.0f %%", 100 * realRun.sustained() / nullRun.sustained()),
                        "run " + runId));
        line("chart: %s", chart);
        saveReport(name);
        return new LoadRun[] {realRun, nullRun};
    }

    // ============================================================================================ freshness

    /** Returns {p50, p95, p99, max} in ms. */
    double[] freshness(String name, int duration) throws Exception {
        int rate = intOpt("rate", 50), warmup = intOpt("warmup", 60);
        long seed = Long.parseLong(opt("seed", "20251204")) + 1;
        machine(name);
        say(String.format(Locale.ROOT, "Freshness: %d articles/s for %d s (+%d s warm-up, not counted), single POSTs, "
                + "latency = article.processed on SSE - scheduled POST time (run %s)", rate, duration, warmup, runId));
        int total = rate * (duration + warmup);
        List<Payloads.Article> articles = Payloads.generate(seed, total, runId + "-" + name);
        waitForIdle();
        IngestClient ingest = new IngestClient(opt("ingest", "http://127.0.0.1:8081"));
        List<byte[]> bodies = new ArrayList<>(total);
        for (Payloads.Article a : articles) {
            bodies.add(ingest.singleBody(a));
        }
        Map<String, Long> scheduledById = new ConcurrentHashMap<>();
        Map<String, Integer> indexById = new ConcurrentHashMap<>();
        long[] responseNanos = new long[total];
        AtomicInteger failures = new AtomicInteger();
        try (SseClient sse = new SseClient()) {
            sse.open(opt("query", "http://127.0.0.1:8083"));
            Thread.sleep(500);
            long interval = 1_000_000_000L / rate, t0 = System.nanoTime();
            List<java.util.concurrent.CompletableFuture<?>> pending = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                long scheduled = t0 + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int index = i;
                pending.add(ingest.postAsync(bodies.get(i)).whenComplete((id, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                        return;
                    }
                    responseNanos[index] = System.nanoTime() - scheduled;
                    scheduledById.put(id, scheduled);
                    indexById.put(id, index);
                }));
                if (i % (rate * 5) == 0 && i > 0) {
                    System.out.printf(Locale.ROOT, "    %5.1fs sent %d/%d, answered %d, seen on stream %d%n",
                            (System.nanoTime() - t0) / 1e9, i, total, scheduledById.size(), sse.events());
                }
            }
            double sendSeconds = (System.nanoTime() - t0) / 1e9;
            for (var f : pending) {
                try {
                    f.join();
                } catch (Exception e) {
                    // counted
                }
            }
            long deadline = System.nanoTime() + intOpt("drain", 300) * 1_000_000_000L;
            while (System.nanoTime() < deadline && !sse.arrivals().keySet().containsAll(scheduledById.keySet())) {
                Thread.sleep(200);
            }
            List<double[]> samples = new ArrayList<>(), warmupSamples = new ArrayList<>(); // {seconds, latency ms}
            int missing = 0;
            for (Map.Entry<String, Long> e : scheduledById.entrySet()) {
                boolean inWarmup = indexById.get(e.getKey()) < warmup * rate;
                Long arrived = sse.arrivals().get(e.getKey());
                if (arrived == null) {
                    missing += inWarmup ? 0 : 1;
                    continue;
                }
                (inWarmup ? warmupSamples : samples).add(new double[] {(e.getValue() - t0) / 1e9, (arrived - e.getValue()) / 1e6});
            }
            samples.sort((a, b) -> Double.compare(a[0], b[0]));
            warmupSamples.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] warmupLat = warmupSamples.stream().mapToDouble(x -> x[1]).sorted().toArray();
            double[] lat = samples.stream().mapToDouble(s -> s[1]).toArray();
            Arrays.sort(lat);
            double[] result = {Stats.percentileSorted(lat, 50), Stats.percentileSorted(lat, 95),
                    Stats.percentileSorted(lat, 99), lat.length == 0 ? Double.NaN : lat[lat.length - 1]};
            double[] resp = Arrays.stream(responseNanos, warmup * rate, total).filter(x -> x > 0)
                    .mapToDouble(x -> x / 1e6).sorted().toArray();
            line("sent %d in %.1f s (%.1f/s offered); POST failures %d; measured %d (after warm-up), missing on stream %d",
                    total, sendSeconds, total / sendSeconds, failures.get(), lat.length, missing);
            line("POST -> article.processed on SSE (ms): p50 %.0f  p95 %.0f  p99 %.0f  max %.0f", result[0], result[1],
                    result[2], result[3]);
            if (warmupLat.length > 0) { // shown, not hidden: what the first seconds at this rate cost (the JIT)
                line("  in the %d s warm-up, not counted (ms): p50 %.0f  p95 %.0f  p99 %.0f  max %.0f", warmup,
                        Stats.percentileSorted(warmupLat, 50), Stats.percentileSorted(warmupLat, 95),
                        Stats.percentileSorted(warmupLat, 99), warmupLat[warmupLat.length - 1]);
            }
            line("POST -> 202 answer (ms): p50 %.0f  p99 %.0f  max %.0f", Stats.percentileSorted(resp, 50),
                    Stats.percentileSorted(resp, 99), resp.length == 0 ? Double.NaN : resp[resp.length - 1]);
            // where the time goes: received_at -> processed_at is ingest + Kafka + entity-service (the store's clocks);
            // the rest of POST -> SSE is the relay, the change topic, query-service and the stream
            double[] store = storeLatencies(scheduledById.keySet(), indexById, warmup * rate);
            line("of which received_at -> processed_at in the store (ms): p50 %.0f  p95 %.0f  p99 %.0f  max %.0f",
                    Stats.percentileSorted(store, 50), Stats.percentileSorted(store, 95), Stats.percentileSorted(store, 99),
                    store.length == 0 ? Double.NaN : store[store.length - 1]);
            line("target p99 <= 1000 ms at %d/s: %s", rate, result[2] <= 1000 && missing == 0 ? "met" : "MISSED");
            Path chart = out.resolve(name + ".svg");
            Svg.lineChart(chart, String.format(Locale.ROOT, "Freshness at %d articles/s: POST -> article.processed on SSE",
                    rate), "seconds since first POST", "latency (ms)",
                    List.of(new Svg.Series("measured", samples.stream().mapToDouble(s -> s[0]).toArray(),
                                    samples.stream().mapToDouble(s -> s[1]).toArray()),
                            new Svg.Series("warm-up (not counted)", warmupSamples.stream().mapToDouble(s -> s[0]).toArray(),
                                    warmupSamples.stream().mapToDouble(s -> s[1]).toArray())),
                    List.of(String.format(Locale.ROOT, "p50 %.0f ms", result[0]), String.format(Locale.ROOT, "p95 %.0f ms", result[1]),
                            String.format(Locale.ROOT, "p99 %.0f ms", result[2]), String.format(Locale.ROOT, "max %.0f ms", result[3]),
                            "missing " + missing, "run " + runId));
            line("chart: %s", chart);
            saveReport(name);
            return result;
        }
    }

    double[] storeLatencies(java.util.Set<String> ids, Map<String, Integer> indexById, int skip) throws Exception {
        String[] measured = ids.stream().filter(id -> indexById.get(id) >= skip).toArray(String[]::new);
        List<Double> values = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement("select extract(epoch from "
                + "processed_at - received_at) * 1000 from article where processed_at is not null and id = any(?)")) {
            q.setArray(1, c.createArrayOf("varchar", measured));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getDouble(1));
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    // ============================================================================================ memory

    record Proc(String name, int port) {
    }

    List<Proc> procs() {
        List<Proc> list = new ArrayList<>();
        for (String spec : opt("ports", "ingest-service:8081,entity-service:8082,query-service:8083,kafka:9092,postgres:5432")
                .split(",")) {
            String[] kv = spec.split(":");
            list.add(new Proc(kv[0], Integer.parseInt(kv[1])));
        }
        return list;
    }

    /** {rss[], pss[]} in KiB; PostgreSQL: summed over the postmaster's process tree. */
    long[][] sampleRss(List<Proc> procs, long[] pids) {
        long[][] kib = new long[2][procs.size()];
        for (int i = 0; i < procs.size(); i++) {
            boolean tree = procs.get(i).name().startsWith("postgres");
            kib[0][i] = tree ? Rss.treeRssKib(pids[i]) : Rss.rssKib(pids[i]);
            kib[1][i] = tree ? Rss.treePssKib(pids[i]) : Rss.pssKib(pids[i]);
        }
        return kib;
    }

    void memory() throws Exception {
        machine("memory");
        List<Proc> procs = procs();
        long[] pids = new long[procs.size()];
        for (int i = 0; i < procs.size(); i++) {
            pids[i] = Rss.listener(procs.get(i).port());
            if (pids[i] < 0) {
                throw new IllegalStateException("nothing listens on port " + procs.get(i).port() + " (" + procs.get(i).name() + ")");
            }
        }
        say("Memory: VmRSS from /proc/<pid>/status and PSS from /proc/<pid>/smaps_rollup (PostgreSQL: the postmaster "
                + "and all its children; VmRSS counts its shared buffers once per process that touched them, PSS once)");
        for (int i = 0; i < procs.size(); i++) {
            line("%-15s port %d pid %d%s", procs.get(i).name(), procs.get(i).port(), pids[i],
                    procs.get(i).name().startsWith("postgres") ? " (" + Rss.tree(pids[i]).size() + " processes)" : "");
        }
        waitForIdle();
        int idleWait = intOpt("idle-wait", 10);
        System.out.println("    idle: waiting " + idleWait + " s, then 5 samples 1 s apart (mean)");
        Thread.sleep(idleWait * 1000L);
        long[][] idle = new long[2][procs.size()];
        for (int k = 0; k < 5; k++) {
            long[][] s = sampleRss(procs, pids);
            for (int m = 0; m < 2; m++) {
                for (int i = 0; i < procs.size(); i++) {
                    idle[m][i] += s[m][i] / 5;
                }
            }
            Thread.sleep(1000);
        }
        int loadArticles = intOpt("load-articles", 1000);
        System.out.println("    under load: " + loadArticles + " articles through the pipeline at full speed, peak of "
                + "samples every 500 ms");
        long[][] peak = new long[2][procs.size()];
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long[][] s = sampleRss(procs, pids);
                synchronized (peak) {
                    for (int m = 0; m < 2; m++) {
                        for (int i = 0; i < procs.size(); i++) {
                            peak[m][i] = Math.max(peak[m][i], s[m][i]);
                        }
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        double limit = loadLimitSeconds;
        loadLimitSeconds = intOpt("load-seconds", 90);
        realLoad("memory-load", Payloads.generate(Long.parseLong(opt("seed", "20251204")) + 2, loadArticles, runId + "-memory"));
        loadLimitSeconds = limit;
        sampler.interrupt();
        sampler.join();
        List<Svg.Group> groups = new ArrayList<>();
        long[] idleTotal = new long[2], peakTotal = new long[2];
        line("%-15s %13s %13s %13s %13s", "process", "idle RSS MiB", "idle PSS MiB", "load RSS MiB", "load PSS MiB");
        for (int i = 0; i < procs.size(); i++) {
            line("%-15s %13.0f %13.0f %13.0f %13.0f", procs.get(i).name(), idle[0][i] / 1024.0, idle[1][i] / 1024.0,
                    peak[0][i] / 1024.0, peak[1][i] / 1024.0);
            for (int m = 0; m < 2; m++) {
                idleTotal[m] += idle[m][i];
                peakTotal[m] += peak[m][i];
            }
            groups.add(new Svg.Group(procs.get(i).name(), new double[] {idle[0][i] / 1024.0, idle[1][i] / 1024.0,
                    peak[0][i] / 1024.0}));
        }
        line("%-15s %13.0f %13.0f %13.0f %13.0f   (under load: sums of per-process peaks)", "total",
                idleTotal[0] / 1024.0, idleTotal[1] / 1024.0, peakTotal[0] / 1024.0, peakTotal[1] / 1024.0);
        line("target whole stack <= 2048 MiB idle: by VmRSS %s; by PSS %s", idleTotal[0] / 1024.0 <= 2048 ? "met" : "MISSED",
                idleTotal[1] / 1024.0 <= 2048 ? "met" : "MISSED");
        groups.add(new Svg.Group("total", new double[] {idleTotal[0] / 1024.0, idleTotal[1] / 1024.0, peakTotal[0] / 1024.0}));
        Path chart = out.resolve("memory.svg");
        Svg.barChart(chart, "Resident memory per process, MiB", "MiB", List.of("idle VmRSS", "idle PSS", "under load VmRSS (peak)"),
                groups, List.of("target: total idle <= 2048", "run " + runId));
        line("chart: %s", chart);
        saveReport("memory");
    }

    // ============================================================================================ growth

    void growth(String name) throws Exception {
        machine(name);
        String via = opt("seed-via", "sql");
        List<double[]> rows = new ArrayList<>(); // {store size, sustained, end-to-end, null sustained, p50, p95, p99, max}
        for (String level : opt("levels", "10000,100000").split(",")) {
            long target = Long.parseLong(level.trim());
            seed(target, via);
            long size = storeSize();
            opts.put("articles", opt("growth-articles", "1000"));
            LoadRun[] runs = pipeline("growth-" + target + "-pipeline");
            double[] f = freshness("growth-" + target + "-freshness", intOpt("growth-duration", 30));
            rows.add(new double[] {size, runs[0].sustained(), runs[0].endToEnd(), runs[1].sustained(), f[0], f[1], f[2], f[3]});
            say("store size " + size + ": done");
        }
        machine(name); // the per-level runs wrote their own results files; this one holds the summary
        say("Growth summary (seeded via " + via + ")");
        line("%12s %14s %14s %14s %8s %8s %8s %8s", "articles", "sustained/s", "end-to-end/s", "null/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        for (double[] r : rows) {
            line("%12.0f %14.1f %14.1f %14.1f %8.0f %8.0f %8.0f %8.0f", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
        }
        double[] x = rows.stream().mapToDouble(r -> r[0] / 1000).toArray();
        Svg.lineChart(out.resolve(name + "-throughput.svg"), "Pipeline throughput as the store grows", "articles in the store (thousands)",
                "articles/s", List.of(new Svg.Series("attache sustained", x, col(rows, 1)),
                        new Svg.Series("null sustained", x, col(rows, 3))), List.of("seeded via " + via, "run " + runId));
        Svg.lineChart(out.resolve(name + "-freshness.svg"), "Freshness as the store grows", "articles in the store (thousands)",
                "ms", List.of(new Svg.Series("p50", x, col(rows, 4)), new Svg.Series("p95", x, col(rows, 5)),
                        new Svg.Series("p99", x, col(rows, 6)), new Svg.Series("max", x, col(rows, 7))),
                List.of("seeded via " + via, "run " + runId));
        line("charts: %s %s", out.resolve(name + "-throughput.svg"), out.resolve(name + "-freshness.svg"));
        saveReport(name);
    }

    /**
     * Waits until entity-service has no backlog (no pending article left, or the pending count stopped falling for
     * 15 s: rows of requests the broker never acknowledged stay pending forever), so one run does not measure the tail
     * of the previous one. At most --idle-timeout seconds (600).
     */
    void waitForIdle() throws Exception {
        long limit = System.nanoTime() + intOpt("idle-timeout", 600) * 1_000_000_000L, lastChange = System.nanoTime();
        long previous = Long.MAX_VALUE, lastPrint = 0;
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "select count(*) from article where status = 'pending' and queued")) {
            while (System.nanoTime() < limit) {
                long pending;
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    pending = rs.getLong(1);
                }
                if (pending == 0) {
                    return;
                }
                if (pending < previous) {
                    previous = pending;
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange > 15_000_000_000L) {
                    System.out.println("    " + pending + " articles stay pending (not draining): going on");
                    return;
                }
                if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.println("    waiting for the pipeline to drain: " + pending + " articles pending");
                }
                Thread.sleep(1000);
            }
        }
        System.out.println("    the pipeline did not drain in time: going on");
    }

    long storeSize() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Brings the article table to {@code target} rows. {@code sql}: generated articles inserted directly as processed
     * rows (article table only: no mentions, officials, events or change_log rows). {@code pipeline}: posted through
     * ingest-service at full speed and processed by entity-service, so every table grows as in real use.
     */
    void seed(long target, String via) throws Exception {
        long have = storeSize();
        if (have >= target) {
            say("store has " + have + " articles (>= " + target + "): no seeding");
            return;
        }
        int missing = (int) (target - have);
        say("Seeding " + missing + " articles via " + via + " (store has " + have + ", target " + target + ")");
        long seed = Long.parseLong(opt("seed", "20251204")) + target;
        long t0 = System.nanoTime();
        if (via.equals("pipeline")) {
            for (int done = 0; done < missing; ) {
                int chunk = Math.min(5000, missing - done);
                realLoad("seed", Payloads.generate(seed + done, chunk, runId + "-seed-" + done));
                done += chunk;
            }
        } else {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Connection c = db.connect(); PreparedStatement insert = c.prepareStatement(
                    "insert into article (id, url, publisher, published_at, language, text, status, queued, received_at, "
                            + "processed_at) values (?, ?, ?, ?, 'en', ?, 'processed', true, ?, ?) on conflict (id) do nothing")) {
                c.setAutoCommit(false);
                for (int done = 0; done < missing; ) {
                    int chunk = Math.min(2000, missing - done);
                    Timestamp now = Timestamp.from(Instant.now());
                    for (Payloads.Article a : Payloads.generate(seed + done, chunk, runId + "-seed-" + done)) {
                        insert.setString(1, "art_" + HexFormat.of().formatHex(sha.digest(a.url().getBytes(StandardCharsets.UTF_8)), 0, 12));
                        insert.setString(2, a.url());
                        insert.setString(3, a.publisher());
                        insert.setDate(4, a.publishedAt() == null ? null : Date.valueOf(a.publishedAt()));
                        insert.setString(5, a.text());
                        insert.setTimestamp(6, now);
                        insert.setTimestamp(7, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                    done += chunk;
                    System.out.printf(Locale.ROOT, "    seeded %d/%d (%.0f/s)%n", done, missing,
                            done / ((System.nanoTime() - t0) / 1e9));
                }
            }
        }
        line("seeded %d articles via %s in %.0f s; store now %d", missing, via, (System.nanoTime() - t0) / 1e9, storeSize());
    }

    // ============================================================================================ helpers

    void machine(String name) throws IOException {
        report.setLength(0);
        line("# %s, run %s, %s", name, runId, Instant.now());
        try {
            line("load average: %s", Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException e) {
            // not Linux
        }
        line("cpus: %d, max heap of this client: %d MiB", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    void saveReport(String name) throws IOException {
        try {
            line("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException e) {
            // not Linux
        }
        Files.createDirectories(out);
        Path file = out.resolve(name + ".txt");
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("    results: " + file);
    }

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("    " + s);
        report.append(s).append('\n');
    }

    static void say(String s) {
        System.out.println("\033[1m==>\033[0m " + s);
    }

    static double[] xs(List<Stats.Point> points) {
        return points.stream().mapToDouble(Stats.Point::seconds).toArray();
    }

    static double[] ys(List<Stats.Point> points) {
        return points.stream().mapToDouble(Stats.Point::done).toArray();
    }

    static double[] col(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }

    String opt(String key, String fallback) {
        return opts.getOrDefault(key, fallback);
    }

    int intOpt(String key, int fallback) {
        return intOpt(opts, key, fallback);
    }

    static int intOpt(Map<String, String> opts, String key, int fallback) {
        return opts.containsKey(key) ? Integer.parseInt(opts.get(key)) : fallback;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
