package io.attache.benchmarks.query;

import io.attache.benchmarks.pipeline.Rss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU accounting from /proc (Linux): the machine's busy fraction between two samples, and the CPU seconds used by
 * named process trees (query-service's JVM, PostgreSQL's postmaster with its backends, this client). Elsewhere the
 * figures are NaN.
 */
final class Cpu {
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private static final Map<String, Long> ROOTS = new LinkedHashMap<>();

    /** busy and total jiffies of the machine; CPU seconds per registered process tree */
    record Sample(long busy, long total, Map<String, Double> seconds) {
    }

    private Cpu() {
    }

    static void watch(String name, long pid) {
        if (pid > 0) {
            ROOTS.put(name, pid);
        }
    }

    static Map<String, Long> watched() {
        return ROOTS;
    }

    static Sample sample() {
        long busy = -1, total = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            busy = total - idle;
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        ROOTS.forEach((name, pid) -> seconds.put(name, treeSeconds(pid)));
        return new Sample(busy, total, seconds);
    }

    /** Fraction of the machine's CPU time that was busy between the samples (1.0 = every core busy). */
    static double busy(Sample a, Sample b) {
        if (a == null || b == null || a.total() < 0 || b.total() <= a.total()) {
            return Double.NaN;
        }
        return (b.busy() - a.busy()) / (double) (b.total() - a.total());
    }

    static double seconds(Sample a, Sample b, String name) {
        if (a == null || b == null || !a.seconds().containsKey(name)) {
            return Double.NaN;
        }
        return b.seconds().get(name) - a.seconds().get(name);
    }

    private static double treeSeconds(long root) {
        double sum = 0;
        for (long pid : Rss.tree(root)) {
            sum += processSeconds(pid);
        }
        return sum;
    }

    /** utime + stime (+ cutime + cstime: children that exited) of one process, in seconds. */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]))
                    / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }
}
