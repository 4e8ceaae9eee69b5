package io.attache.benchmarks.pipeline;

import java.util.Arrays;
import java.util.List;

/** Pure helpers: percentiles (nearest rank) and rates. */
public final class Stats {
    private Stats() {
    }

    /** Nearest-rank percentile of the values (need not be sorted); p in (0, 100]. NaN when empty. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentileSorted(sorted, p);
    }

    public static double percentileSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** Items per second for {@code count} items over {@code nanos}. */
    public static double rate(long count, long nanos) {
        return nanos <= 0 ? Double.NaN : count / (nanos / 1e9);
    }

    /** One sample of a progress timeline: seconds since start, items done. */
    public record Point(double seconds, long done) {
    }

    /**
     * Sustained rate over the middle of a run: items per second between the moment {@code fromFraction} of the total
     * was done and the moment {@code toFraction} was (linear interpolation between samples); ignores ramp-up and tail.
     */
    public static double sustainedRate(List<Point> timeline, long total, double fromFraction, double toFraction) {
        double t1 = timeAt(timeline, fromFraction * total);
        double t2 = timeAt(timeline, toFraction * total);
        if (Double.isNaN(t1) || Double.isNaN(t2) || t2 <= t1) {
            return Double.NaN;
        }
        return (toFraction - fromFraction) * total / (t2 - t1);
    }

    /** When the timeline first reached {@code target} items, interpolated; NaN if never. */
    public static double timeAt(List<Point> timeline, double target) {
        Point previous = null;
        for (Point p : timeline) {
            if (p.done() >= target) {
                if (previous == null || p.done() == previous.done()) {
                    return p.seconds();
                }
                double f = (target - previous.done()) / (double) (p.done() - previous.done());
                return previous.seconds() + f * (p.seconds() - previous.seconds());
            }
            previous = p;
        }
        return Double.NaN;
    }
}
