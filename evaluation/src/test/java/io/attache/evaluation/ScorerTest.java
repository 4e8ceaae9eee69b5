package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Title;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's arithmetic, independent of the engine's quality. */
class ScorerTest {

    static final Path SHARED = Path.of("../../shared/corpus");

    static GoldArticle seed(int n) {
        return GoldIO.read(SHARED.resolve("gold/seed-00" + n + ".json"));
    }

    @Test
    void readsTheSeedGoldFormat() {
        GoldArticle g = seed(0);
        assertThat(g.id()).isEqualTo("seed-000");
        assertThat(g.publishedDate()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(g.officials()).hasSize(9);
        assertThat(g.officials().get(0).rank()).isEqualTo("Senior Lieutenant General");
        assertThat(g.officials().get(0).mentions()).containsExactly("Hoàng Xuân Chiến", "Chiến");
        assertThat(g.events()).extracting(GoldArticle.GoldEvent::main).containsExactly(true, false);
        assertThat(g.events().get(0).hostCountry()).isEqualTo("JP");
        assertThat(g.agreements()).extracting(GoldArticle.GoldAgreement::status).containsOnly("signed_in_this_event");
        assertThat(seed(1).publisher()).isNull();
        assertThat(Files.isRegularFile(SHARED.resolve(g.textFile()))).isTrue();
        // round trip through the writer keeps every field
        assertThat(GoldIO.parse(GoldIO.toJson(g))).isEqualTo(g);
    }

    @Test
    void unknownFieldsAreIgnored() {
        GoldArticle g = GoldIO.parse("{\"id\":\"x\",\"future\":{\"a\":1},\"officials\":[{\"name\":\"A B\",\"extra\":true}]}");
        assertThat(g.id()).isEqualTo("x");
        assertThat(g.officials()).hasSize(1);
        assertThat(g.events()).isEmpty();
    }

    @Test
    void perfectExtractionOfTheSeedsScoresOne() {
        for (int n = 0; n <= 1; n++) {
            GoldArticle g = seed(n);
            ArticleScore s = Scorer.score(g, PerfectExtraction.from(g));
            for (Kind k : Kind.values()) {
                assertThat(s.get(k).falsePositives()).as(k + " FP in " + g.id()).isZero();
                assertThat(s.get(k).falseNegatives()).as(k + " FN in " + g.id()).isZero();
                assertThat(s.get(k).f1()).isEqualTo(1.0);
            }
            assertThat(s.get(Kind.OFFICIALS).truePositives()).isEqualTo(g.officials().size());
            assertThat(s.get(Kind.EVENTS).truePositives()).isEqualTo(g.events().size());
            assertThat(s.get(Kind.MAIN_EVENTS).truePositives()).isEqualTo(1);
            assertThat(s.get(Kind.COUNTRIES).truePositives()).isEqualTo(2);
            assertThat(s.findings()).allMatch(f -> f.type() == Finding.Type.NOTE);
        }
    }

    @Test
    void emptyExtractionMissesEverything() {
        GoldArticle g = seed(0);
        ArticleScore s = Scorer.score(g, PerfectExtraction.result(List.of(), List.of(), List.of()));
        assertThat(s.get(Kind.OFFICIALS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(0, 0, 9);
        assertThat(s.get(Kind.EVENTS).falseNegatives()).isEqualTo(2);
        assertThat(s.get(Kind.MAIN_EVENTS).falseNegatives()).isEqualTo(1);
        assertThat(s.get(Kind.AGREEMENTS).falseNegatives()).isEqualTo(2);
        assertThat(s.get(Kind.COUNTRIES).falseNegatives()).isEqualTo(2);
        // titles and ranks are only scored on matched officials
        assertThat(s.get(Kind.TITLES).falseNegatives()).isZero();
        assertThat(s.get(Kind.OFFICIALS).f1()).isZero();
        assertThat(s.get(Kind.OFFICIALS).precision()).isEqualTo(1.0);
        assertThat(s.findings()).filteredOn(f -> f.type() == Finding.Type.MISS).hasSize(9 + 2 + 1 + 2 + 2);
    }

    @Test
    void handBuiltResultIsCountedExactly() {
        GoldArticle g = seed(1); // NAMAZU Hiroyuki, KANO Koji, Nguyen Minh Vu, Hoang Xuan Chien; one consultation
        List<ExtractedOfficial> officials = new ArrayList<>();
        // name order flipped, capitals, printed title with Defense/Vice-Minister variants: TP, title TP
        officials.add(PerfectExtraction.official("P1", "Koji Kano", "JP", null,
                List.of(new Title("Vice Minister of Defence for International Affairs", "Vice-Minister of Defense for International Affairs", null))));
        // diacritics on the extracted side, Standing vs Permanent in the title: TP, title TP
        officials.add(PerfectExtraction.official("P2", "Nguyễn Minh Vũ", "VN", null,
                List.of(new Title("Standing Deputy Minister of Foreign Affairs", "Standing Deputy Minister of Foreign Affairs", null))));
        // right name, wrong country: FP + FN
        officials.add(PerfectExtraction.official("P3", "Hoang Xuan Chien", "JP", "Senior Lieutenant General", List.of()));
        // invented person: FP
        officials.add(PerfectExtraction.official("P4", "John Doe", "US", null, List.of()));
        // wrong title for Namazu: title FN + FP, rank extra
        officials.add(PerfectExtraction.official("P5", "Hiroyuki Namazu", "JP", "General",
                List.of(new Title("Minister for Foreign Affairs", "Minister for Foreign Affairs", null))));

        List<ExtractedEvent> events = List.of(
                // right kind family (talks ~ consultation), date and parties, but not main: events TP, main FN
                PerfectExtraction.event("E1", "talks", LocalDate.of(2025, 12, 4), "Tokyo", "JP", List.of("VN", "JP"), false),
                // wrong date: events FP, main FP
                PerfectExtraction.event("E2", "consultation", LocalDate.of(2025, 12, 3), "Tokyo", "JP", List.of("JP", "VN"), true));
        List<ExtractedAgreement> agreements = List.of(
                PerfectExtraction.agreement("A1", "memorandum_of_understanding", "search and rescue", List.of("JP", "VN"), "signed_in_this_event"));

        ArticleScore s = Scorer.score(g, PerfectExtraction.result(officials, events, agreements));
        assertThat(s.get(Kind.OFFICIALS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(3, 2, 1);
        assertThat(s.get(Kind.TITLES)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(2, 1, 1);
        assertThat(s.get(Kind.RANKS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(0, 1, 0);
        // gold countries {JP, VN}; extracted {JP, VN, US}
        assertThat(s.get(Kind.COUNTRIES)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(2, 1, 0);
        assertThat(s.get(Kind.EVENTS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(1, 1, 0);
        assertThat(s.get(Kind.MAIN_EVENTS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(0, 1, 1);
        assertThat(s.get(Kind.AGREEMENTS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(0, 1, 0);
        assertThat(s.get(Kind.OFFICIALS).precision()).isEqualTo(3.0 / 5);
        assertThat(s.get(Kind.OFFICIALS).recall()).isEqualTo(3.0 / 4);
        assertThat(s.get(Kind.OFFICIALS).f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.findings()).anyMatch(f -> f.type() == Finding.Type.MISS && f.what().contains("Hoang Xuan Chien")
                && f.what().contains("extracted with country JP"));
    }

    @Test
    void agreementsNeedKindPartiesSubjectAndStatus() {
        GoldArticle g = seed(0);
        ExtractionResult r = PerfectExtraction.result(List.of(), List.of(), List.of(
                // subject worded differently but sharing content words, defense spelling: TP
                PerfectExtraction.agreement("A1", "memorandum_of_understanding", "search-and-rescue cooperation", List.of("VN", "JP"), "signed_in_this_event"),
                // right everything but status: FP (and the gold LoI is a FN)
                PerfectExtraction.agreement("A2", "letter_of_intent", "training cooperation", List.of("JP", "VN"), "planned"),
                // subject sharing only generic words: FP
                PerfectExtraction.agreement("A3", "memorandum_of_understanding", "bilateral cooperation", List.of("JP", "VN"), "signed_in_this_event")));
        ArticleScore s = Scorer.score(g, r);
        assertThat(s.get(Kind.AGREEMENTS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(1, 2, 1);
    }

    @Test
    void eachExtractedItemMatchesAtMostOneGoldItem() {
        GoldArticle g = seed(0); // a consultation and a reception on the same day
        ExtractionResult r = PerfectExtraction.result(List.of(
                PerfectExtraction.official("P1", "Hoang Xuan Chien", "VN", null, List.of())), List.of(
                PerfectExtraction.event("E1", "reception", LocalDate.of(2025, 12, 4), null, null, List.of("JP", "VN"), false)), List.of());
        ArticleScore s = Scorer.score(g, r);
        assertThat(s.get(Kind.OFFICIALS).truePositives()).isEqualTo(1);
        assertThat(s.get(Kind.OFFICIALS).falseNegatives()).isEqualTo(8);
        assertThat(s.get(Kind.EVENTS)).extracting(Counts::truePositives, Counts::falsePositives, Counts::falseNegatives)
                .containsExactly(1, 0, 1);
        // the reception is not compatible with the consultation
        assertThat(Scorer.kindsCompatible("reception", "consultation")).isFalse();
        assertThat(Scorer.kindsCompatible("talks", "consultation")).isTrue();
        assertThat(Scorer.kindsCompatible("phone call", "phone_call")).isTrue();
    }

    @Test
    void normalisationRules() {
        assertThat(Normalizer.nameKey("KANO Koji")).isEqualTo(Normalizer.nameKey("Koji Kano")).isEqualTo("kano-koji");
        assertThat(Normalizer.nameKey("Đặng Đình Định")).isEqualTo("dang-dinh-dinh");
        assertThat(Normalizer.title("Vice-Minister of Defense")).isEqualTo(Normalizer.title("Vice Minister of Defence"));
        assertThat(Normalizer.title("Standing Deputy Minister")).isEqualTo(Normalizer.title("Permanent Deputy Minister"));
        assertThat(Normalizer.title("Special Advisor to the Japan–Việt Nam Alliance"))
                .isEqualTo(Normalizer.title("Special Advisor to the Japan-Viet Nam Alliance"));
        assertThat(Normalizer.title("Deputy Foreign Minister")).isNotEqualTo(Normalizer.title("Deputy Minister of Foreign Affairs"));
        assertThat(Normalizer.subjectTokens("cooperation in search and rescue")).containsExactly("rescue", "search");
    }

    @Test
    void reportTotalsAreSumsOfArticles() {
        GoldArticle g0 = seed(0);
        GoldArticle g1 = seed(1);
        ArticleScore a = Scorer.score(g0, PerfectExtraction.from(g0));
        ArticleScore b = Scorer.score(g1, PerfectExtraction.result(List.of(), List.of(), List.of()));
        EvaluationReport rep = EvaluationReport.of(List.of(a, b), 0);
        assertThat(rep.get(Kind.OFFICIALS).truePositives()).isEqualTo(9);
        assertThat(rep.get(Kind.OFFICIALS).falseNegatives()).isEqualTo(4);
        assertThat(rep.get(Kind.MAIN_EVENTS).recall()).isEqualTo(0.5);
    }
}
