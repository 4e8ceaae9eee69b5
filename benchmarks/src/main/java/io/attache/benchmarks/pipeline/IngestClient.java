package io.attache.benchmarks.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Posts articles to ingest-service: {@code POST /api/v1/articles} or {@code /api/v1/articles/batch}. */
public final class IngestClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String base;

    public IngestClient(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    private Map<String, Object> body(Payloads.Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", a.url());
        if (a.publisher() != null) {
            m.put("publisher", a.publisher());
        }
        if (a.publishedAt() != null) {
            m.put("publishedAt", a.publishedAt());
        }
        m.put("text", a.text());
        return m;
    }

    /** Posts a batch; returns the article ids in order (throws on a non-202 answer). */
    public List<String> postBatch(List<Payloads.Article> batch) throws IOException, InterruptedException {
        List<Map<String, Object>> articles = new ArrayList<>();
        batch.forEach(a -> articles.add(body(a)));
        byte[] json = mapper.writeValueAsBytes(Map.of("articles", articles));
        HttpResponse<String> response = http.send(request("/api/v1/articles/batch", json),
                HttpResponse.BodyHandlers.ofString());
        return ids(response);
    }

    /** The body of a single POST, made ahead so that a fixed-rate run spends no client CPU on it. */
    public byte[] singleBody(Payloads.Article a) throws IOException {
        return mapper.writeValueAsBytes(body(a));
    }

    /** Posts one article (a {@link #singleBody}) asynchronously; completes with its id. */
    public CompletableFuture<String> postAsync(byte[] json) {
        return http.sendAsync(request("/api/v1/articles", json), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> {
                    try {
                        if (r.statusCode() != 202) {
                            throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
                        }
                        return mapper.readTree(r.body()).path("id").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private HttpRequest request(String path, byte[] json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
    }

    private List<String> ids(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 202) {
            throw new IOException("ingest answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode results = mapper.readTree(response.body()).path("results");
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
