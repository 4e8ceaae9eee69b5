package io.attache.evaluation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.evaluation.ArticleScore;
import io.attache.evaluation.CorpusChecks;
import io.attache.evaluation.GoldArticle;
import io.attache.evaluation.GoldIO;
import io.attache.evaluation.Kind;
import io.attache.evaluation.Normalizer;
import io.attache.evaluation.PerfectExtractionAccess;
import io.attache.evaluation.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    static List<GeneratedArticle> generate(long seed, int n) {
        ArticleGenerator g = new ArticleGenerator(seed);
        List<GeneratedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void sameSeedSameArticles() {
        List<GeneratedArticle> a = generate(42, 60);
        List<GeneratedArticle> b = generate(42, 60);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).text()).isEqualTo(a.get(i).text());
            assertThat(GoldIO.toJson(b.get(i).gold())).isEqualTo(GoldIO.toJson(a.get(i).gold()));
            assertThat(b.get(i).publishedAt()).isEqualTo(a.get(i).publishedAt());
        }
        List<GeneratedArticle> c = generate(43, 60);
        assertThat(c.stream().map(GeneratedArticle::text).toList()).isNotEqualTo(a.stream().map(GeneratedArticle::text).toList());
    }

    @Test
    void goldIsConsistentWithText() {
        for (GeneratedArticle a : generate(7, 400)) {
            CorpusChecks.assertGoldConsistentWithText(a.gold(), a.text());
            // a perfect engine scores 1.0 on every kind: the gold never holds two items the rules cannot tell apart
            ArticleScore s = Scorer.score(a.gold(), PerfectExtractionAccess.from(a.gold()));
            for (Kind k : Kind.values()) {
                assertThat(s.get(k).f1()).as(a.id() + " " + k + "\n" + a.text()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void corpusIsVaried() {
        List<GeneratedArticle> all = generate(1, 400);
        Set<String> countries = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<String> publishers = new HashSet<>();
        int minBytes = Integer.MAX_VALUE;
        int maxBytes = 0;
        int withSecondEvent = 0;
        int capsFamily = 0;
        int diacritics = 0;
        Map<String, Set<String>> spellings = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        for (GeneratedArticle a : all) {
            GoldArticle g = a.gold();
            g.events().forEach(e -> {
                countries.addAll(e.parties());
                kinds.add(e.kind());
            });
            g.agreements().forEach(x -> statuses.add(x.status()));
            publishers.add(String.valueOf(g.publisher()));
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            minBytes = Math.min(minBytes, bytes);
            maxBytes = Math.max(maxBytes, bytes);
            if (g.events().size() > 1) {
                withSecondEvent++;
            }
            for (GoldArticle.GoldOfficial o : g.officials()) {
                assertThat(o.key()).startsWith("P:" + o.country() + ":");
                // the key is the folded canonical name: same tokens as the printed name in any order
                assertThat(Normalizer.nameKey(o.key().substring(5).replace('-', ' '))).isEqualTo(Normalizer.nameKey(o.name()));
                spellings.computeIfAbsent(o.key(), k -> new HashSet<>()).add(o.name());
                titles.computeIfAbsent(o.key(), k -> new HashSet<>()).addAll(o.titles());
                if (o.country().equals("JP") && o.name().matches("[A-Z]{2,} [A-Z][a-z]+")) {
                    capsFamily++;
                }
                if (!Normalizer.fold(o.name()).equals(o.name().toLowerCase())) {
                    diacritics++;
                }
            }
        }
        assertThat(countries).hasSizeGreaterThanOrEqualTo(20);
        assertThat(kinds).contains("talks", "consultation", "dialogue", "meeting", "visit", "phone_call", "summit", "reception");
        assertThat(statuses).containsExactlyInAnyOrder("signed_in_this_event", "referenced", "planned");
        assertThat(publishers).hasSizeGreaterThan(10);
        assertThat(minBytes).isGreaterThan(600);
        assertThat(maxBytes).isLessThan(7000).isGreaterThan(3000);
        assertThat(withSecondEvent).isGreaterThan(40);
        assertThat(capsFamily).isGreaterThan(3);
        assertThat(diacritics).isGreaterThan(20);
        // people recur across articles with different spellings and titles under one key
        assertThat(spellings.values().stream().filter(s -> s.size() > 1).count()).isGreaterThan(10);
        assertThat(titles.values().stream().filter(s -> s.size() > 1).count()).isGreaterThan(10);
    }
}
