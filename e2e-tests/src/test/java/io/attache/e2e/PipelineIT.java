package io.attache.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.contracts.Topics;
import io.attache.testing.SseClient;
import io.attache.testing.Sql;
import io.attache.testing.TopicWatcher;
import io.attache.testing.TopicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST -> Kafka -> entity-service -> PostgreSQL -> GET and SSE, with the three services as real processes. */
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static RunningStack stack;

    @BeforeAll
    static void startServices() {
        stack = RunningStack.start("entity-service", "ingest-service", "query-service");
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theSeedArticlesFlowThroughToTheQueryApiAndTheStream() throws IOException {
        long before = Sql.count("select coalesce(max(seq), 0) from change_log");
        List<Path> seeds = seedFiles();
        assertThat(seeds).hasSize(2);
        try (SseClient stream = new SseClient(stack.url("query-service") + "/api/v1/stream?types=article",
                Long.toString(before))) {
            List<String> ids = new ArrayList<>();
            for (Path seed : seeds) {
                Api.Reply reply = Api.post(stack.url("ingest-service") + "/api/v1/articles",
                        Map.of("text", Files.readString(seed), "publishedAt", "2025-12-04",
                                "url", "https://e2e.example.org/" + UUID.randomUUID()));
                assertThat(reply.status()).isEqualTo(202);
                assertThat(reply.body().get("duplicate").asBoolean()).isFalse();
                ids.add(reply.body().get("id").asText());
            }
            for (String id : ids) {
                await().atMost(WAIT).until(() -> "processed".equals(
                        Api.get(stack.url("query-service") + "/api/v1/articles/" + id).body().path("status").asText()));
                JsonNode article = Api.get(stack.url("query-service") + "/api/v1/articles/" + id).body();
                assertThat(article.get("text").asText()).isNotBlank();
                assertThat(article.get("publishedAt").asText()).isEqualTo("2025-12-04");
            }
            List<SseClient.Event> events = stream.awaitEvents(2, WAIT);
            assertThat(events).extracting(SseClient.Event::name).containsOnly("article.processed");
            assertThat(events.stream().map(e -> subject(e.data())).toList()).containsAll(ids);
        }
    }

    @Test
    void aRepeatedArticleIsADuplicateAndIsNotReprocessed() {
        String text = "MANILA - The foreign ministers met on Friday. " + UUID.randomUUID();
        Api.Reply first = Api.post(stack.url("ingest-service") + "/api/v1/articles", Map.of("text", text));
        String id = first.body().get("id").asText();
        await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));

        Api.Reply second = Api.post(stack.url("ingest-service") + "/api/v1/articles", Map.of("text", text));
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.body().get("id").asText()).isEqualTo(id);
        assertThat(second.body().get("duplicate").asBoolean()).isTrue();
        assertThat(second.body().get("status").asText()).isEqualTo("processed");

        // a redelivery straight on the topic (as after a consumer crash) changes nothing either
        String marker = Api.post(stack.url("ingest-service") + "/api/v1/articles",
                Map.of("text", "marker " + UUID.randomUUID())).body().get("id").asText();
        await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", marker)));
        assertThat(Sql.count("select count(*) from change_log where entity_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndArticlesBehindItAreProcessed() {
        try (TopicWatcher deadLetters = new TopicWatcher(Topics.ARTICLES_DEAD_LETTER); TopicWriter writer = new TopicWriter()) {
            String poisonKey = "poison-" + UUID.randomUUID();
            for (int partition = 0; partition < 4; partition++) {
                writer.send(Topics.ARTICLES, partition, poisonKey, "\u0000 definitely not an article");
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(Api.post(stack.url("ingest-service") + "/api/v1/articles",
                        Map.of("text", "After the poison " + i + " " + UUID.randomUUID())).body().get("id").asText());
            }
            for (String id : ids) {
                await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));
            }
            assertThat(deadLetters.await(r -> poisonKey.equals(r.key()), 4, WAIT)).hasSize(4);
        }
    }

    @Test
    void invalidInputIsAProblemAndUnknownIdsAre404() {
        Api.Reply bad = Api.post(stack.url("ingest-service") + "/api/v1/articles", Map.of("text", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        Api.Reply unknown = Api.get(stack.url("query-service") + "/api/v1/articles/art_nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static String subject(String cloudEventJson) {
        try {
            return Api.JSON.readTree(cloudEventJson).get("subject").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> seedFiles() throws IOException {
        Path seeds = Path.of(System.getProperty("attache.corpus", "../../shared/corpus")).resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
