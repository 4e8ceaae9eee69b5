package io.attache.entity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.testing.Sql;
import io.attache.testing.TopicWriter;
import io.attache.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReprocessTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void reprocessKeepsIdentitiesAndEmitsChangesOnlyForWhatChanged() throws Exception {
        String seed = Files.readString(Path.of("../../shared/corpus/seeds/001_9d046a56574a69ba.txt"));
        String id = "art_reprocess_" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES, id, ArticleEvents.json(id, seed, "2025-12-04"));
        }
        await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));
        // the shared test store holds other tests' articles too: one reprocess first puts all of it in canonical form
        reprocessAndWait();
        List<Object> officialsBefore = officialIdsOf(id);
        assertThat(officialsBefore).isNotEmpty();

        // a store that drifted from what the articles say: one alias lost
        String official = (String) officialsBefore.get(0);
        Sql.update("delete from official_alias where official_id = ?", official);
        long changesBefore = Sql.count("select coalesce(max(seq), 0) from change_log");

        reprocessAndWait();

        assertThat(officialIdsOf(id)).containsExactlyInAnyOrderElementsOf(officialsBefore);
        assertThat(Sql.count("select count(*) from official_alias where official_id = ?", official)).isPositive();
        // exactly one change: the official whose aliases came back; everything else was already right
        assertThat(Sql.count("select count(*) from change_log where seq > ?", changesBefore)).isEqualTo(1);
        assertThat(Sql.single("select type from change_log where seq > ?", changesBefore)).isEqualTo("official.updated");
        assertThat(Sql.single("select entity_id from change_log where seq > ?", changesBefore)).isEqualTo(official);

        // and a second run changes nothing at all
        long afterFirst = Sql.count("select coalesce(max(seq), 0) from change_log");
        reprocessAndWait();
        assertThat(Sql.count("select coalesce(max(seq), 0) from change_log")).isEqualTo(afterFirst);
    }

    private static void reprocessAndWait() {
        given().post("/api/v1/admin/reprocess").then().statusCode(202);
        await().atMost(WAIT).until(() -> !"running".equals(given().get("/api/v1/admin/reprocess").path("state")));
        assertThat(given().get("/api/v1/admin/reprocess").<String>path("state")).isEqualTo("finished");
    }

    private static List<Object> officialIdsOf(String articleId) {
        long n = Sql.count("select count(*) from article_official where article_id = ?", articleId);
        return java.util.stream.LongStream.range(0, n).mapToObj(i -> Sql.single(
                "select official_id from article_official where article_id = ? order by official_id offset ?", articleId, i))
                .toList();
    }
}
