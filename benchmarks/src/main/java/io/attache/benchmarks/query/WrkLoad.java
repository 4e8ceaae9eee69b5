package io.attache.benchmarks.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side: wrk (Debian package {@code wrk}, 4.1) with the {@code fixed-rate.lua} script of this package, which
 * holds a fixed request rate over a list of paths and prints one machine-readable summary line.
 */
final class WrkLoad {
    /** wrk's figures: latencies in ms (from the send), counts, and the schedule check of the script. */
    record Result(long requests, double seconds, double p50, double p90, double p95, double p99, double p999,
            double max, double mean, long errors, long statusErrors, long timeouts, long late, double lateMaxMs,
            Cpu.Sample before, Cpu.Sample after) {
        double rate() {
            return requests / seconds;
        }
    }

    private WrkLoad() {
    }

    /** @return the version line, or null when wrk cannot be run */
    static String version() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("wrk").trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Path script(Path dir) throws IOException {
        Path file = dir.resolve("fixed-rate.lua");
        try (InputStream in = WrkLoad.class.getResourceAsStream("fixed-rate.lua")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    static Path paths(Path dir, Workload.Endpoint endpoint, List<Workload.Request> requests) throws IOException {
        Path file = dir.resolve(endpoint.name().toLowerCase(Locale.ROOT) + ".paths");
        Files.write(file, requests.stream().map(Workload.Request::path).toList(), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Runs wrk once: {@code threads} threads, {@code connections} connections, {@code seconds} long, at {@code rate}
     * requests per second in all, starting at {@code offset} in the paths file.
     */
    static Result run(Path script, Path paths, String baseUrl, double rate, int threads, int connections, int seconds,
            int offset) throws IOException, InterruptedException {
        java.net.URI uri = java.net.URI.create(baseUrl);
        String root = uri.getScheme() + "://" + uri.getAuthority();
        String prefix = (uri.getPath() == null || uri.getPath().isEmpty() ? "" : uri.getPath()) + "/api/v1/";
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString(), root, "--", paths.toString(),
                String.format(Locale.ROOT, "%.3f", rate), Integer.toString(threads), Integer.toString(offset), prefix));
        Cpu.Sample before = Cpu.sample();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        Cpu.Sample after = Cpu.sample();
        String line = out.lines().filter(l -> l.startsWith("QUERYBENCH ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk gave no summary (exit " + p.exitValue() + "):\n" + out));
        return parse(line, before, after);
    }

    static Result parse(String line, Cpu.Sample before, Cpu.Sample after) {
        Map<String, String> v = new HashMap<>();
        for (String kv : line.substring("QUERYBENCH ".length()).trim().split("\\s+")) {
            int eq = kv.indexOf('=');
            v.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        long errors = lng(v, "connect_errors") + lng(v, "read_errors") + lng(v, "write_errors") + lng(v, "timeouts");
        return new Result(lng(v, "requests"), lng(v, "duration_us") / 1e6, ms(v, "p50_us"), ms(v, "p90_us"),
                ms(v, "p95_us"), ms(v, "p99_us"), ms(v, "p999_us"), ms(v, "max_us"), ms(v, "mean_us"), errors,
                lng(v, "status_errors"), lng(v, "timeouts"), lng(v, "late"), Double.parseDouble(v.get("late_max_ms")),
                before, after);
    }

    private static long lng(Map<String, String> v, String key) {
        return Long.parseLong(v.get(key));
    }

    private static double ms(Map<String, String> v, String key) {
        return Double.parseDouble(v.get(key)) / 1000.0;
    }
}
