package io.attache.benchmarks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    @Test
    void deterministicOneToSixKilobytesWithRunUrls() {
        List<Payloads.Article> a = Payloads.generate(42, 30, "run-a");
        List<Payloads.Article> b = Payloads.generate(42, 30, "run-b");
        assertEquals(30, a.size());
        int max = 0;
        for (int i = 0; i < a.size(); i++) {
            int bytes = a.get(i).text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= Payloads.MIN_BYTES && bytes <= Payloads.MAX_BYTES, "length " + bytes);
            max = Math.max(max, bytes);
            assertEquals(a.get(i).text(), b.get(i).text());
            assertEquals("https://bench.attache.example/run-a/" + i, a.get(i).url());
        }
        assertTrue(max > 4000, "lengths reach the upper part of the range: " + max);
    }
}
