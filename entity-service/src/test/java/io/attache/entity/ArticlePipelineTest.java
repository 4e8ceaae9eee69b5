package io.attache.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.GoldenSamples;
import io.attache.contracts.Topics;
import io.attache.testing.Sql;
import io.attache.testing.TopicWatcher;
import io.attache.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** entity-service consuming the real attache.articles.v1 and writing the real store. */
@QuarkusTest
class ArticlePipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper mapper;

    private final TopicWriter writer = new TopicWriter();
    private TopicWatcher changes;
    private TopicWatcher deadLetters;

    @BeforeEach
    void watch() {
        changes = new TopicWatcher(Topics.CHANGES);
        deadLetters = new TopicWatcher(Topics.ARTICLES_DEAD_LETTER);
    }

    @AfterEach
    void close() {
        changes.close();
        deadLetters.close();
        writer.close();
    }

    @Test
    void anArticleEventIsStoredProcessedWithOneChangeThatIsRelayedToTheChangesTopic() throws Exception {
        String id = newId();
        writer.send(Topics.ARTICLES, id, articleEvent(id, "HANOI - Ministers held talks."));

        awaitProcessed(id);
        assertThat(Sql.count("select count(*) from change_log where entity_id = ? and type = 'article.processed'", id))
                .isEqualTo(1);
        List<ConsumerRecord<String, String>> relayed = changes.await(r -> id.equals(r.key()), 1, WAIT);
        assertThat(relayed).hasSize(1);
        JsonNode change = mapper.readTree(relayed.get(0).value());
        assertThat(change.get("type").asText()).isEqualTo("article.processed");
        assertThat(change.get("subject").asText()).isEqualTo(id);
        assertThat(change.at("/data/sequence").asLong())
                .isEqualTo(((Number) Sql.single("select seq from change_log where entity_id = ?", id)).longValue());
        // the relay writes the fields of the golden change sample that consumers are tested with
        JsonNode golden = mapper.readTree(GoldenSamples.read(GoldenSamples.CHANGE_ARTICLE_PROCESSED));
        assertThat(names(change)).isEqualTo(names(golden));
        assertThat(names(change.get("data"))).isEqualTo(names(golden.get("data")));
    }

    @Test
    void aRedeliveredArticleChangesNothing() {
        String id = newId();
        String event = articleEvent(id, "CANBERRA - Defence ministers met.");
        writer.send(Topics.ARTICLES, 0, id, event);
        awaitProcessed(id);
        Object processedAt = Sql.single("select processed_at from article where id = ?", id);

        writer.send(Topics.ARTICLES, 0, id, event); // redelivery, then a marker behind it on the same partition
        String marker = newId();
        writer.send(Topics.ARTICLES, 0, marker, articleEvent(marker, "marker"));
        awaitProcessed(marker);

        assertThat(Sql.count("select count(*) from change_log where entity_id = ?", id)).isEqualTo(1);
        assertThat(Sql.single("select processed_at from article where id = ?", id)).isEqualTo(processedAt);
    }

    @Test
    void theStoredArticleIsTheOneProcessedWhenItsEventCarriesOtherText() throws Exception {
        // the consumer extracts from the event before the transaction; the store's copy must win when they differ
        String id = newId();
        JsonNode event = mapper.readTree(articleEvent(id, "HANOI - Nothing of note happened today."));
        JsonNode data = event.get("data");
        Sql.update("insert into article (id, url, title, publisher, published_at, language, text, status, queued, received_at)"
                + " values (?, ?, ?, ?, cast(? as date), ?, ?, 'pending', false, now())", id, null,
                data.path("title").asText(null), data.path("publisher").asText(null), "2025-12-04",
                data.path("language").asText(null), "TOKYO, December 4 - Senior Lieutenant General Hoang Xuan Chien, "
                        + "Deputy Minister of National Defence of Viet Nam, held talks with Japanese Vice-Minister of "
                        + "Defense Koji Kano in Tokyo.");
        writer.send(Topics.ARTICLES, id, event.toString());

        awaitProcessed(id);
        assertThat(Sql.count("select count(*) from article_official a join official o on o.id = a.official_id"
                + " where a.article_id = ? and o.name_key in ('chien-hoang-xuan', 'kano-koji')", id)).isEqualTo(2);
        // recorded by ingest-service but not yet marked queued (it skips rows being processed): processing marks it
        assertThat(Sql.single("select queued from article where id = ?", id)).isEqualTo(true);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndThePartitionKeepsFlowing() {
        String poisonKey = "poison-" + UUID.randomUUID();
        writer.send(Topics.ARTICLES, 1, poisonKey, "{this is not json");
        String emptyKey = "no-text-" + UUID.randomUUID();
        writer.send(Topics.ARTICLES, 1, emptyKey, articleEvent(newId(), " "));
        String next = newId();
        writer.send(Topics.ARTICLES, 1, next, articleEvent(next, "SEOUL - Talks went on."));

        awaitProcessed(next);
        List<ConsumerRecord<String, String>> dead = deadLetters.await(
                r -> poisonKey.equals(r.key()) || emptyKey.equals(r.key()), 2, WAIT);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(poisonKey, emptyKey);
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo("{this is not json");
        assertThat(header(poison, "dead-letter-reason")).contains("not a CloudEvent JSON document");
        ConsumerRecord<String, String> empty = dead.stream().filter(r -> emptyKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(empty, "dead-letter-reason")).contains("without text");
    }

    @Test
    void changesAreRelayedInSequenceOrder() throws Exception {
        List<String> ids = List.of(newId(), newId(), newId(), newId(), newId());
        for (String id : ids) {
            writer.send(Topics.ARTICLES, id, articleEvent(id, "Article " + id));
        }
        ids.forEach(this::awaitProcessed);
        List<ConsumerRecord<String, String>> relayed = changes.await(r -> ids.contains(r.key()), ids.size(), WAIT);
        assertThat(relayed).hasSize(ids.size());
        long previous = 0;
        for (ConsumerRecord<String, String> record : relayed) {
            long sequence = mapper.readTree(record.value()).at("/data/sequence").asLong();
            assertThat(sequence).isGreaterThan(previous);
            previous = sequence;
        }
    }

    private void awaitProcessed(String id) {
        await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));
    }

    private String articleEvent(String id, String text) {
        return ArticleEvents.json(id, text, "2025-12-04");
    }

    private static String newId() {
        return "art_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out.stream().sorted().toList();
    }
}
