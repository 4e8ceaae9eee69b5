package io.attache.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.contracts.Topics;
import io.attache.testing.Sql;
import io.attache.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What later reports change on a stored identity, and what they must not: an official's rank and printed name fill
 * in, an agreement's status only strengthens and its date is kept once known; a report that adds nothing records no
 * change.
 */
@QuarkusTest
class IdentityUpdatesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final TopicWriter writer = new TopicWriter();

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void anOfficialKeepsOneIdentityWhileLaterReportsFillInRankAndPrintedName() {
        // an invented family name, unique per run, so that earlier runs on the same store cannot interfere
        String family = "Quispor" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String first = process("LIMA - Peruvian Defence Minister Xavier " + family
                + " said on Monday that the army would buy new helicopters next year.", "2025-05-05");
        String official = (String) Sql.single("""
                select o.id from official o join article_official a on a.official_id = o.id where a.article_id = ?""",
                first);
        assertThat(official).as("the engine found the official").isNotNull();
        assertThat(Sql.single("select rank from official where id = ?", official)).isNull();

        String second = process("LIMA - Peruvian Defence Minister General Xávier " + family
                + " said on Tuesday that the army would train with Chilean units.", "2025-05-06");
        assertThat(Sql.count("select count(*) from article_official where article_id = ? and official_id = ?", second,
                official)).as("the same person").isEqualTo(1);
        assertThat(Sql.single("select rank from official where id = ?", official)).isEqualTo("General");
        assertThat(Sql.single("select name from official where id = ?", official)).isEqualTo("Xávier " + family);
        assertThat(updatesOf(official, second)).as("rank and printed name changed").isEqualTo(1);

        // the same again, from another article: nothing new about the person, so no change recorded for it
        String third = process("LIMA - Peruvian Defence Minister General Xávier " + family
                + " said on Tuesday that the army would train with Chilean units.", "2025-05-06");
        assertThat(Sql.count("select count(*) from article_official where article_id = ? and official_id = ?", third,
                official)).isEqualTo(1);
        assertThat(updatesOf(official, third)).isZero();
        assertThat(Sql.single("select rank from official where id = ?", official)).isEqualTo("General");
    }

    @Test
    void anAgreementsStatusOnlyStrengthensAndItsDateIsKeptOnceKnown() {
        String subject = "Quispor" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String planned = process("HANOI - Viet Nam and Japan will sign a memorandum of understanding on " + subject
                + " river navigation during a visit next year, officials said on Monday.", "2025-03-03");
        String agreement = (String) Sql.single("select id from agreement where subject_key like ?",
                "%" + subject.toLowerCase() + "%");
        assertThat(agreement).as("the engine found the agreement").isNotNull();
        assertThat(Sql.single("select status from agreement where id = ?", agreement)).isEqualTo("planned");
        assertThat(Sql.single("select date from agreement where id = ?", agreement)).isNull();
        assertThat(Sql.count("select count(*) from agreement_source where agreement_id = ? and article_id = ?",
                agreement, planned)).isEqualTo(1);

        String signed = process("TOKYO, June 10 - Vietnamese Deputy Foreign Minister Do Hung Viet and Japanese "
                + "Vice-Minister for Foreign Affairs Takehiro Funakoshi signed a memorandum of understanding on "
                + subject + " river navigation in Tokyo on June 10.", "2025-06-10");
        assertThat(Sql.count("select count(*) from agreement where subject_key like ?", "%" + subject.toLowerCase() + "%"))
                .as("one agreement").isEqualTo(1);
        assertThat(Sql.single("select status from agreement where id = ?", agreement)).isEqualTo("signed_in_this_event");
        assertThat(Sql.single("select cast(date as text) from agreement where id = ?", agreement)).isEqualTo("2025-06-10");
        assertThat(updatesOf(agreement, signed)).isEqualTo(1);

        // a later mention of the document neither weakens its status nor moves its date
        String referenced = process("HANOI - Viet Nam and Japan reviewed the memorandum of understanding on " + subject
                + " river navigation, which was signed in 2019, at a meeting in Hanoi on Friday.", "2025-09-12");
        assertThat(Sql.count("select count(*) from agreement_source where agreement_id = ? and article_id = ?",
                agreement, referenced)).as("the same agreement").isEqualTo(1);
        assertThat(Sql.single("select status from agreement where id = ?", agreement)).isEqualTo("signed_in_this_event");
        assertThat(Sql.single("select cast(date as text) from agreement where id = ?", agreement)).isEqualTo("2025-06-10");
    }

    /** Sends one article and waits until it is processed; returns its id. */
    private String process(String text, String publishedAt) {
        String id = "art_upd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        writer.send(Topics.ARTICLES, id, ArticleEvents.json(id, text, publishedAt));
        await().atMost(WAIT).until(() -> "processed".equals(Sql.single("select status from article where id = ?", id)));
        return id;
    }

    /** Change-log rows recording an update of the entity caused by the article. */
    private static long updatesOf(String entityId, String articleId) {
        return Sql.count("select count(*) from change_log where entity_id = ? and type like '%.updated'"
                + " and payload->>'articleId' = ?", entityId, articleId);
    }
}
