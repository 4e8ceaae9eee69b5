package io.attache.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Title;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores what the running system stores, not what the engine returns: every text is ingested through the ingest
 * API, and once processed its article view (with store-wide ids) is read back from the query API and scored like an
 * extraction. The pairings then give cross-article identity ({@link IdentityScorer}).
 */
public final class LiveEvaluation {
    private static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String queryUrl;
    private final Duration timeout;

    public LiveEvaluation(String ingestUrl, String queryUrl, Duration timeout) {
        this.ingestUrl = ingestUrl.replaceAll("/+$", "");
        this.queryUrl = queryUrl.replaceAll("/+$", "");
        this.timeout = timeout;
    }

    public EvaluationReport run(List<EvaluationCase> cases, Evaluation.Progress progress) {
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>(cases.size());
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (EvaluationCase c : cases.subList(from, Math.min(cases.size(), from + BATCH))) {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("text", c.text());
                article.put("publishedAt", c.gold().published());
                article.put("publisher", c.gold().publisher());
                batch.add(article);
            }
            JsonNode reply = send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles/batch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("articles", batch)))), 202);
            reply.get("results").forEach(r -> ids.add(r.get("id").asText()));
        }
        List<ArticleScore> scores = new ArrayList<>(cases.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode article = awaitProcessed(ids.get(i), deadline);
            scores.add(Scorer.score(cases.get(i).gold(), toResult(article)));
            progress.step(i + 1, cases.size(), cases.get(i).gold().id());
        }
        return EvaluationReport.of(scores, System.nanoTime() - start);
    }

    private JsonNode awaitProcessed(String id, long deadline) {
        while (true) {
            JsonNode article = send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/v1/articles/" + id)).GET(), 200);
            String status = article.path("status").asText();
            if ("processed".equals(status) || "failed".equals(status)) {
                return article;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("article " + id + " still " + status + " after " + timeout);
            }
            sleep(100);
        }
    }

    /** The article view as an extraction result whose local ids are the store-wide ids. */
    static ExtractionResult toResult(JsonNode article) {
        List<ExtractedOfficial> officials = new ArrayList<>();
        for (JsonNode o : article.path("officials")) {
            List<Title> titles = new ArrayList<>();
            List<String> canonical = strings(o, "titles");
            List<String> printed = strings(o, "printedTitles");
            for (int i = 0; i < Math.max(canonical.size(), printed.size()); i++) {
                String c = i < canonical.size() ? canonical.get(i) : printed.get(i);
                titles.add(new Title(c, i < printed.size() ? printed.get(i) : c, null));
            }
            String name = o.path("name").asText();
            officials.add(new ExtractedOfficial(o.path("id").asText(), name, name, null, null, null,
                    text(o, "country"), text(o, "rank"), text(o, "rank"), titles, null, null, List.of()));
        }
        List<ExtractedEvent> events = new ArrayList<>();
        for (JsonNode e : article.path("events")) {
            LocalDate date = e.hasNonNull("date") ? LocalDate.parse(e.get("date").asText()) : null;
            events.add(new ExtractedEvent(e.path("id").asText(), text(e, "kind"), null, null, date,
                    date == null ? null : DatePrecision.DAY, text(e, "city"), text(e, "hostCountry"), strings(e, "parties"),
                    List.of(), List.of(), List.of(), e.path("main").asBoolean(false), List.of()));
        }
        List<ExtractedAgreement> agreements = new ArrayList<>();
        for (JsonNode a : article.path("agreements")) {
            LocalDate date = a.hasNonNull("date") ? LocalDate.parse(a.get("date").asText()) : null;
            agreements.add(new ExtractedAgreement(a.path("id").asText(), text(a, "kind"), text(a, "subject"), null,
                    strings(a, "parties"), List.of(), List.of(), date, date == null ? null : DatePrecision.DAY,
                    text(a, "status"), null, List.of()));
        }
        return new ExtractionResult(officials, List.of(), List.of(), events, agreements, List.of());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the running stack: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
