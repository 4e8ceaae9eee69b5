package io.attache.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.contracts.Topics;
import io.attache.testing.Sql;
import io.attache.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An official first seen without a country is folded into the same person once an article names the country. */
@QuarkusTest
class OfficialMergeTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aCountrylessOfficialIsMergedWhenTheCountryBecomesKnown() {
        // an invented name, unique per run, so that earlier runs on the same store cannot interfere
        String family = "Quispor" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String name = "Xavier " + family;
        String first = "art_merge_a_" + UUID.randomUUID().toString().substring(0, 8);
        String second = "art_merge_b_" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES, first, ArticleEvents.json(first,
                    "Defence Minister " + name + " told reporters on Monday that the budget would rise next year. "
                            + family + " said training would continue.", "2025-05-06"));
            await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", first)));
            String nameKey = (String) Sql.single("""
                    select o.name_key from official o join article_official a on a.official_id = o.id
                    where a.article_id = ?""", first);
            assertThat(nameKey).as("the engine found the official").isNotNull();
            Object country = Sql.single("select country from official o join article_official a on a.official_id = o.id "
                    + "where a.article_id = ?", first);
            assertThat(country).as("no country is named in the first article").isNull();

            writer.send(Topics.ARTICLES, second, ArticleEvents.json(second,
                    "LIMA - Peruvian Defence Minister " + name + " held talks with his Chilean counterpart in Lima on "
                            + "Tuesday.", "2025-05-07"));
            await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", second)));

            assertThat(Sql.count("select count(*) from official where name_key = ?", nameKey)).isEqualTo(1);
            String official = (String) Sql.single("select id from official where name_key = ?", nameKey);
            assertThat(Sql.single("select country from official where id = ?", official)).isEqualTo("PE");
            assertThat(Sql.count("select count(*) from article_official where official_id = ? and article_id in (?, ?)",
                    official, first, second)).isEqualTo(2);
            assertThat(Sql.count("select count(*) from mention where entity_id = ? and article_id = ?", official, first))
                    .isPositive();
            assertThat(Sql.count("select count(*) from change_log where type = 'official.merged' and payload->>'into' = ?",
                    official)).isEqualTo(1);
        }
    }
}
