package io.attache.benchmarks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void nearestRankPercentiles() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = 100 - i; // 1..100, unsorted
        }
        assertEquals(50, Stats.percentile(v, 50));
        assertEquals(99, Stats.percentile(v, 99));
        assertEquals(100, Stats.percentile(v, 100));
        assertEquals(1, Stats.percentile(v, 0.1));
        assertEquals(7, Stats.percentile(new double[] {7}, 99));
        assertTrue(Double.isNaN(Stats.percentile(new double[0], 50)));
    }

    @Test
    void sustainedRateIgnoresRampAndTail() {
        // nothing for 2 s, then 100 items/s for 10 s
        List<Stats.Point> t = List.of(new Stats.Point(0, 0), new Stats.Point(2, 0), new Stats.Point(7, 500),
                new Stats.Point(12, 1000));
        assertEquals(100, Stats.sustainedRate(t, 1000, 0.1, 0.9), 1e-9);
        assertEquals(3, Stats.timeAt(t, 100), 1e-9);
        assertEquals(250, Stats.rate(500, 2_000_000_000L), 1e-9);
    }

    @Test
    void niceAxisMaxima() {
        assertEquals(1000, Svg.nice(950), 1e-9);
        assertEquals(1.5, Svg.nice(1.3), 1e-9);
    }
}
