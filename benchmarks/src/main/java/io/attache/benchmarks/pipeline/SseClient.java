package io.attache.benchmarks.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A Server-Sent-Events client of query-service's {@code /api/v1/stream?types=article.processed}: records, per article
 * id (the CloudEvent subject), the {@link System#nanoTime()} when its {@code article.processed} event arrived.
 */
public final class SseClient implements AutoCloseable {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private volatile Stream<String> lines;
    private Thread reader;

    public void open(String queryBase) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryBase.replaceAll("/+$", "")
                + "/api/v1/stream?types=article.processed")).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream answered " + response.statusCode());
        }
        lines = response.body();
        reader = new Thread(() -> read(lines), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Stream<String> stream) {
        String[] event = {null};
        StringBuilder data = new StringBuilder();
        Consumer<String> onLine = line -> {
            if (line.isEmpty()) { // end of one event
                if ("article.processed".equals(event[0]) && data.length() > 0) {
                    long now = System.nanoTime();
                    try {
                        String subject = mapper.readTree(data.toString()).path("subject").asText();
                        arrivals.putIfAbsent(subject, now);
                        events.incrementAndGet();
                    } catch (Exception e) {
                        // not JSON: ignore
                    }
                }
                event[0] = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event[0] = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(5).stripLeading());
            }
        };
        try {
            stream.forEach(onLine);
        } catch (Exception e) {
            // closed
        }
    }

    public Map<String, Long> arrivals() {
        return arrivals;
    }

    public long events() {
        return events.get();
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
