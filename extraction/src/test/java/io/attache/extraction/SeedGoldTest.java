package io.attache.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Span;
import io.attache.extraction.model.Title;
import io.attache.extraction.text.Fold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed articles against their gold files in /work/shared/corpus (found relative to the module directory):
 * every gold official, event and agreement is found with the right country, title, date and status, and nothing else.
 */
class SeedGoldTest {

    static Path corpus() {
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && p != null; up++, p = p.getParent()) {
            Path c = p.resolve("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
            c = p.resolve("..").resolve("shared").resolve("corpus").normalize();
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("shared/corpus not found next to the repository");
    }

    record Case(String id, Map<String, Object> gold, ExtractionResult result) {
        @Override
        public String toString() {
            return id;
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> seeds() throws IOException {
        Path corpus = corpus();
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus.resolve("gold"))) {
            for (Path g : files.sorted().toList()) {
                Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(Files.readString(g));
                String text = Files.readString(corpus.resolve((String) gold.get("text_file")));
                ArticleInput in = new ArticleInput(text, null, (String) gold.get("publisher"),
                        LocalDate.parse((String) gold.get("published")), null);
                out.add(Arguments.of(new Case((String) gold.get("id"), gold, Extractor.create().extract(in))));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(2);
        return out.stream();
    }

    static List<Map<String, Object>> list(Map<String, Object> gold, String key) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> l = (List<Map<String, Object>>) gold.get(key);
        return l;
    }

    /** Gold keys look like "P:VN:hoang-xuan-chien": the name part, sorted, is our nameKey. */
    static String nameKeyOf(String goldKey) {
        String[] parts = goldKey.split(":")[2].split("-");
        Arrays.sort(parts);
        return String.join("-", parts);
    }

    static String canonicalTitle(String printed) {
        return io.attache.extraction.officials.TitleNormalizer.canonical(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyGoldOfficialIsFoundWithCountryTitleRankAndRole(Case c) {
        List<Map<String, Object>> golds = list(c.gold(), "officials");
        assertThat(c.result().officials()).hasSize(golds.size());
        for (Map<String, Object> g : golds) {
            String key = nameKeyOf((String) g.get("key"));
            ExtractedOfficial o = c.result().officials().stream().filter(x -> x.nameKey().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing official " + g.get("key")));
            assertThat(o.name()).as("printed name").isEqualTo(g.get("name"));
            assertThat(o.country()).as("country of " + key).isEqualTo(g.get("country"));
            assertThat(o.rank()).as("rank of " + key).isEqualTo(g.get("rank"));
            assertThat(o.role()).as("role of " + key).isEqualTo(g.get("role_in_event"));
            @SuppressWarnings("unchecked")
            List<String> titles = (List<String>) g.get("titles");
            for (String t : titles) {
                assertThat(o.titles()).extracting(Title::canonical).as("titles of " + key)
                        .contains(canonicalTitle(t));
            }
            String org = (String) g.get("organization");
            assertThat(o.organization()).as("organisation of " + key)
                    .isEqualTo(io.attache.extraction.officials.TitleNormalizer.canonicalOrg(org));
            @SuppressWarnings("unchecked")
            List<String> mentions = (List<String>) g.get("mentions");
            assertThat(o.mentions()).extracting(Span::text).as("mentions of " + key).containsAll(mentions);
            for (Span s : o.mentions()) {
                assertThat(c.result().officials()).isNotEmpty();
                assertThat(s.text()).isEqualTo(textOf(c, s));
            }
        }
    }

    private static String textOf(Case c, Span s) {
        try {
            String text = Files.readString(corpus().resolve((String) c.gold().get("text_file")));
            return text.substring(s.start(), s.end());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyGoldEventIsFoundAndNoOther(Case c) {
        List<Map<String, Object>> golds = list(c.gold(), "events");
        assertThat(c.result().events()).hasSize(golds.size());
        for (Map<String, Object> g : golds) {
            ExtractedEvent e = c.result().events().stream().filter(x -> x.kind().equals(g.get("kind"))).findFirst()
                    .orElseThrow(() -> new AssertionError("missing event " + g.get("key")));
            assertThat(e.date()).hasToString((String) g.get("date"));
            assertThat(e.city()).isEqualTo(g.get("city"));
            assertThat(e.hostCountry()).isEqualTo(g.get("host_country"));
            assertThat(e.parties()).isEqualTo(g.get("parties"));
            assertThat(e.main()).isEqualTo(g.get("main"));
            assertThat(e.evidence()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyGoldAgreementIsFoundAndNoOther(Case c) {
        List<Map<String, Object>> golds = list(c.gold(), "agreements");
        assertThat(c.result().agreements()).hasSize(golds.size());
        for (Map<String, Object> g : golds) {
            String subjectKey = ((String) g.get("key")).substring(((String) g.get("key")).lastIndexOf(':') + 1);
            ExtractedAgreement a = c.result().agreements().stream()
                    .filter(x -> x.kind().equals(g.get("kind")) && x.subjectKey().equals(subjectKey)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing agreement " + g.get("key")));
            assertThat(a.subject()).isEqualTo(g.get("title_or_subject"));
            assertThat(a.parties()).isEqualTo(g.get("parties"));
            assertThat(a.signingOrganizations()).isEqualTo(g.get("parties_orgs"));
            assertThat(a.date()).hasToString((String) g.get("date"));
            assertThat(a.status()).isEqualTo(g.get("status"));
            assertThat(a.eventLocalId()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void mostGoldTopicsAreFound(Case c) {
        @SuppressWarnings("unchecked")
        List<String> golds = (List<String>) c.gold().get("topics");
        long found = golds.stream().filter(t -> c.result().topics().stream()
                .anyMatch(x -> Fold.fold(x).equals(Fold.fold(t)))).count();
        assertThat(found * 10).as("topics found " + c.result().topics()).isGreaterThanOrEqualTo(golds.size() * 7L);
    }
}
