package io.attache.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.testing.Sql;
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

/**
 * DESIGN §1, checked on the store: the two seed reports of one meeting, ingested through the pipeline, and then many
 * more copies of them processed at the same time by two entity-service instances on a four-partition topic.
 */
class SeedResolutionIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final List<String> HEADS = List.of("P:VN:chien-hoang-xuan", "P:VN:minh-nguyen-vu",
            "P:JP:hiroyuki-namazu", "P:JP:kano-koji");
    private static RunningStack stack;

    @BeforeAll
    static void startServices() {
        // two entity-service instances in one consumer group share the partitions of attache.articles.v1
        stack = RunningStack.start("entity-service", "entity-service", "ingest-service");
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theSeedsGiveOneEventTheirOfficialsOnceAndTwoAgreementsEvenWhenProcessedConcurrently() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path seed : seedFiles()) {
            texts.add(Files.readString(seed));
        }
        // 2 seeds x 12 copies under different URLs: distinct articles about the same people and the same meeting,
        // spread over the partitions and resolved by both instances at once
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int copy = 0; copy < 12; copy++) {
            for (String text : texts) {
                batch.add(Map.of("text", text, "publishedAt", "2025-12-04",
                        "url", "https://concurrent.example.org/" + UUID.randomUUID()));
            }
        }
        Api.Reply reply = Api.post(stack.url("ingest-service") + "/api/v1/articles/batch", Map.of("articles", batch));
        assertThat(reply.status()).isEqualTo(202);
        List<String> ids = new ArrayList<>();
        reply.body().get("results").forEach(r -> ids.add(r.get("id").asText()));
        for (String id : ids) {
            await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));
        }

        // one official per head of delegation, with both printed spellings as aliases
        for (String key : HEADS) {
            String[] parts = key.split(":");
            assertThat(Sql.count("select count(*) from official where name_key = ?", parts[2])).as(key).isEqualTo(1);
            assertThat(Sql.single("select country from official where name_key = ?", parts[2])).as(key).isEqualTo(parts[1]);
        }
        assertThat(aliases("chien-hoang-xuan")).contains("Hoàng Xuân Chiến", "Hoang Xuan Chien");
        assertThat(aliases("minh-nguyen-vu")).contains("Nguyễn Minh Vũ", "Nguyen Minh Vu");
        assertThat(aliases("hiroyuki-namazu")).contains("Namazu Hiroyuki", "NAMAZU Hiroyuki");
        assertThat(aliases("kano-koji")).contains("Kano Koji", "KANO Koji");
        assertThat(Sql.count("""
                select count(distinct printed) from official_post p join official o on o.id = p.official_id
                where o.name_key = 'minh-nguyen-vu'""")).isEqualTo(2); // Standing / Permanent: both wordings
        assertThat(Sql.single("select rank from official where name_key = 'chien-hoang-xuan'"))
                .isEqualTo("Senior Lieutenant General");
        // the other named officials, once each
        for (String nameKey : List.of("koizumi-shinjiro", "tsuyoshi-yamaguchi", "obuchi-yuko", "masanao-ozaki",
                "takebe-tsutomu")) {
            assertThat(Sql.count("select count(*) from official where name_key = ?", nameKey)).as(nameKey).isEqualTo(1);
        }

        // one consultation, Tokyo, 2025-12-04, JP + VN, with every report as a source
        String consultations = """
                select count(*) from event where kind = 'consultation' and parties_key = 'JP-VN' and date = date '2025-12-04'""";
        assertThat(Sql.count(consultations)).isEqualTo(1);
        String eventId = (String) Sql.single("""
                select id from event where kind = 'consultation' and parties_key = 'JP-VN' and date = date '2025-12-04'""");
        assertThat(Sql.single("select city from event where id = ?", eventId)).isEqualTo("Tokyo");
        assertThat(Sql.single("select host_country from event where id = ?", eventId)).isEqualTo("JP");
        for (String id : ids) {
            assertThat(Sql.count("select count(*) from event_source where event_id = ? and article_id = ?", eventId, id))
                    .as("source " + id).isEqualTo(1);
        }
        assertThat(Sql.count("""
                select count(*) from event_participant p join official o on o.id = p.official_id
                where p.event_id = ? and p.role = 'head_of_delegation'""", eventId)).isEqualTo(4);

        // two agreements signed that day by the two defence ministries
        assertThat(Sql.count("""
                select count(*) from agreement where parties_key = 'JP-VN' and status = 'signed_in_this_event'
                and date = date '2025-12-04'""")).isEqualTo(2);
        assertThat(Sql.count("""
                select count(*) from agreement where parties_key = 'JP-VN' and kind = 'memorandum_of_understanding'
                and subject_key like '%rescue%'""")).isEqualTo(1);
        assertThat(Sql.count("""
                select count(*) from agreement where parties_key = 'JP-VN' and kind = 'letter_of_intent'
                and subject_key like '%training%'""")).isEqualTo(1);

        // every fact linked to the text it came from
        for (String id : ids.subList(0, 2)) {
            assertThat(Sql.count("select count(*) from mention where article_id = ? and entity_type = 'official'", id))
                    .isPositive();
            assertThat(Sql.count("select count(*) from mention where article_id = ? and entity_type = 'event'", id))
                    .isPositive();
        }
        assertThat(Sql.count("""
                select count(*) from mention m join article a on a.id = m.article_id
                where m.article_id = ? and substr(a.text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text""",
                ids.get(0))).as("mention spans point at their text").isZero();
    }

    private static List<Object> aliases(String nameKey) {
        List<Object> out = new ArrayList<>();
        long n = Sql.count("""
                select count(*) from official_alias a join official o on o.id = a.official_id where o.name_key = ?""", nameKey);
        for (int i = 0; i < n; i++) {
            out.add(Sql.single("""
                    select alias from official_alias a join official o on o.id = a.official_id
                    where o.name_key = ? order by alias offset ?""", nameKey, i));
        }
        return out;
    }

    private static List<Path> seedFiles() throws IOException {
        Path seeds = Path.of(System.getProperty("attache.corpus", "../../shared/corpus")).resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
