package io.attache.evaluation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.evaluation.CorpusChecks;
import io.attache.evaluation.GoldArticle;
import io.attache.evaluation.GoldArticle.GoldAgreement;
import io.attache.evaluation.GoldArticle.GoldEvent;
import io.attache.evaluation.GoldArticle.GoldOfficial;
import io.attache.evaluation.GoldIO;
import io.attache.evaluation.OwnCorpus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated corpus of the default size lets cross-article identity of events, agreements and people be measured. */
class CrossArticleIdentityTest {

    static List<GeneratedArticle> corpus;

    /** Gold items of one key, with the number of the article each came from. */
    record Seen<T>(int article, T item) {
    }

    @BeforeAll
    static void generate() {
        corpus = ArticleGeneratorTest.generate(OwnCorpus.SEED, OwnCorpus.GENERATED);
    }

    static Map<String, List<Seen<GoldEvent>>> eventsByKey() {
        Map<String, List<Seen<GoldEvent>>> m = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            for (GoldEvent e : corpus.get(i).gold().events()) {
                m.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(new Seen<>(i, e));
            }
        }
        return m;
    }

    static Map<String, List<Seen<GoldAgreement>>> agreementsByKey() {
        Map<String, List<Seen<GoldAgreement>>> m = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            for (GoldAgreement a : corpus.get(i).gold().agreements()) {
                m.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(new Seen<>(i, a));
            }
        }
        return m;
    }

    @Test
    void eventsAreReportedBySeveralArticles() {
        Map<String, List<Seen<GoldEvent>>> byKey = eventsByKey();
        List<List<Seen<GoldEvent>>> recurring = byKey.values().stream().filter(l -> l.size() >= 2).toList();
        long recurringMain = recurring.stream().filter(l -> l.get(0).item().main()).count();
        System.out.printf("events: %d keys, %d in >= 2 articles (%d main), articles per recurring key: %s%n", byKey.size(),
                recurring.size(), recurringMain, histogram(recurring.stream().map(List::size).toList()));
        assertThat(recurring.size()).isGreaterThanOrEqualTo(30);

        int kindVaries = 0;
        int cityOmitted = 0;
        int publishedApart = 0;
        int spread = 0;
        for (List<Seen<GoldEvent>> l : recurring) {
            GoldEvent first = l.get(0).item();
            Set<String> kinds = new HashSet<>();
            Set<String> cities = new HashSet<>();
            Set<LocalDate> published = new HashSet<>();
            for (Seen<GoldEvent> s : l) {
                GoldEvent e = s.item();
                // one real-world event: the same date, parties, host and role in every report
                assertThat(e.date()).as(e.key()).isEqualTo(first.date());
                assertThat(e.parties()).as(e.key()).isEqualTo(first.parties());
                assertThat(e.hostCountry()).as(e.key()).isEqualTo(first.hostCountry());
                assertThat(e.main()).as(e.key()).isEqualTo(first.main());
                // a report is never published before the event
                LocalDate pub = corpus.get(s.article()).publishedAt();
                assertThat(pub).as(e.key()).isAfterOrEqualTo(LocalDate.parse(e.date()));
                kinds.add(e.kind());
                cities.add(String.valueOf(e.city()));
                published.add(pub);
            }
            kindVaries += kinds.size() > 1 ? 1 : 0;
            cityOmitted += cities.contains("null") && cities.size() > 1 ? 1 : 0;
            publishedApart += published.size() > 1 ? 1 : 0;
            spread += l.get(l.size() - 1).article() - l.get(0).article() >= l.size() ? 1 : 0;
            // reports come from different outlets
            assertThat(l.stream().map(s -> corpus.get(s.article()).publisher()).filter(p -> p != null).distinct().count())
                    .as(first.key()).isEqualTo(l.stream().map(s -> corpus.get(s.article()).publisher()).filter(p -> p != null).count());
        }
        System.out.printf("recurring events: kind word varies %d, city omitted in some report %d, published on different days %d,"
                + " not consecutive %d%n", kindVaries, cityOmitted, publishedApart, spread);
        assertThat(kindVaries).isGreaterThanOrEqualTo(5);
        assertThat(cityOmitted).isGreaterThanOrEqualTo(3);
        assertThat(publishedApart).isGreaterThanOrEqualTo(10);
        assertThat(spread).isGreaterThanOrEqualTo(10);
    }

    @Test
    void lookAlikeMeetingsKeepTheirOwnKeys() {
        // the same parties meet again on another day: a different key (next round, or a phone call days before talks)
        Map<String, Set<String>> mainKeysByParties = new HashMap<>();
        Map<String, String> dateByKey = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            for (GoldEvent e : a.gold().events()) {
                if (e.main()) {
                    mainKeysByParties.computeIfAbsent(String.join("-", e.parties()), k -> new HashSet<>()).add(e.key());
                    String before = dateByKey.put(e.key(), e.date());
                    assertThat(before == null || before.equals(e.date())).as(e.key()).isTrue();
                }
            }
        }
        int sameParties = 0;
        int sameWeek = 0;
        for (Set<String> keys : mainKeysByParties.values()) {
            List<String> l = new ArrayList<>(keys);
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    sameParties++;
                    long days = Math.abs(LocalDate.parse(dateByKey.get(l.get(i))).toEpochDay()
                            - LocalDate.parse(dateByKey.get(l.get(j))).toEpochDay());
                    assertThat(days).as(l.get(i) + " / " + l.get(j)).isGreaterThan(0);
                    sameWeek += days <= 7 ? 1 : 0;
                }
            }
        }
        System.out.printf("look-alike main events: %d pairs of different keys with the same parties, %d within a week%n",
                sameParties, sameWeek);
        assertThat(sameParties).isGreaterThanOrEqualTo(20);
        assertThat(sameWeek).isGreaterThanOrEqualTo(1);
    }

    @Test
    void agreementsAreReferencedAndReportedBySeveralArticles() {
        Map<String, List<Seen<GoldAgreement>>> byKey = agreementsByKey();
        List<List<Seen<GoldAgreement>>> recurring = byKey.values().stream().filter(l -> l.size() >= 2).toList();
        long referenced = recurring.stream().filter(l -> l.get(0).item().status().equals("referenced")).count();
        long signed = recurring.stream().filter(l -> l.get(0).item().status().equals("signed_in_this_event")).count();
        System.out.printf("agreements: %d keys, %d in >= 2 articles (%d referenced, %d signed), articles per key: %s%n",
                byKey.size(), recurring.size(), referenced, signed, histogram(recurring.stream().map(List::size).toList()));
        assertThat(recurring.size()).isGreaterThanOrEqualTo(15);
        assertThat(referenced).isGreaterThanOrEqualTo(5);
        assertThat(signed).isGreaterThanOrEqualTo(5);
        int worded = 0;
        for (List<Seen<GoldAgreement>> l : recurring) {
            GoldAgreement first = l.get(0).item();
            Set<String> phrasing = new HashSet<>();
            for (Seen<GoldAgreement> s : l) {
                GoldAgreement a = s.item();
                assertThat(a.kind()).as(a.key()).isEqualTo(first.kind());
                assertThat(a.parties()).as(a.key()).isEqualTo(first.parties());
                assertThat(a.date()).as(a.key()).isEqualTo(first.date());
                assertThat(a.status()).as(a.key()).isEqualTo(first.status());
                if (a.status().equals("referenced")) {
                    assertThat(a.date()).as(a.key()).matches("\\d{4}");
                    String text = corpus.get(s.article()).text();
                    // the year is printed either before the name ("the 2011 MoU") or after it ("signed in 2011")
                    phrasing.add(text.contains("the " + a.date() + " ") ? "year first" : "year after");
                    assertThat(text).as(a.key()).contains(a.date());
                }
            }
            worded += phrasing.size() > 1 ? 1 : 0;
        }
        assertThat(worded).as("referenced documents worded differently across articles").isGreaterThanOrEqualTo(2);
        // documents signed at one event with different subjects keep different keys
        int twoSigned = 0;
        for (GeneratedArticle a : corpus) {
            List<GoldAgreement> s = a.gold().agreements().stream().filter(x -> x.status().equals("signed_in_this_event")).toList();
            if (s.size() == 2) {
                twoSigned++;
                assertThat(s.get(0).key()).isNotEqualTo(s.get(1).key());
            }
        }
        assertThat(twoSigned).isGreaterThan(0);
    }

    @Test
    void namesakesAreDifferentPeople() {
        Map<String, Person> people = new HashMap<>();
        ArticleGenerator.allPeople().forEach(p -> people.put(p.key, p));
        Set<String> keys = new HashSet<>();
        for (GeneratedArticle a : corpus) {
            for (GoldOfficial o : a.gold().officials()) {
                Person p = people.get(o.key());
                assertThat(p).as(o.key()).isNotNull();
                assertThat(o.country()).isEqualTo(p.country.code());
                keys.add(o.key());
            }
        }
        List<Person> seen = keys.stream().map(people::get).sorted((x, y) -> x.key.compareTo(y.key)).toList();
        int sameCountry = 0;
        int otherCountry = 0;
        for (int i = 0; i < seen.size(); i++) {
            for (int j = i + 1; j < seen.size(); j++) {
                Person x = seen.get(i);
                Person y = seen.get(j);
                if (ArticleGenerator.fold(x.family).equals(ArticleGenerator.fold(y.family))) {
                    assertThat(x.key).isNotEqualTo(y.key);
                    if (x.country == y.country) {
                        sameCountry++;
                    } else {
                        otherCountry++;
                    }
                }
            }
        }
        Map<String, Integer> perKey = new HashMap<>();
        corpus.forEach(a -> a.gold().officials().forEach(o -> perKey.merge(o.key(), 1, Integer::sum)));
        System.out.printf("people: %d keys, %d in >= 2 articles; namesake pairs: %d same country, %d other country%n",
                keys.size(), perKey.values().stream().filter(n -> n >= 2).count(), sameCountry, otherCountry);
        assertThat(sameCountry).isGreaterThanOrEqualTo(3);
        assertThat(otherCountry).isGreaterThanOrEqualTo(1);
        // two namesakes never appear in the same article (the family name alone would not tell them apart)
        for (GeneratedArticle a : corpus) {
            Set<String> families = new HashSet<>();
            for (GoldOfficial o : a.gold().officials()) {
                assertThat(families.add(ArticleGenerator.fold(people.get(o.key()).family))).as(a.id()).isTrue();
            }
        }
    }

    @Test
    void defaultCorpusIsConsistentAndDeterministic() {
        List<GeneratedArticle> again = ArticleGeneratorTest.generate(OwnCorpus.SEED, OwnCorpus.GENERATED);
        for (int i = 0; i < corpus.size(); i++) {
            GeneratedArticle a = corpus.get(i);
            CorpusChecks.assertGoldConsistentWithText(a.gold(), a.text());
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(a.id()).isBetween(900, 6500);
            assertThat(again.get(i).text()).isEqualTo(a.text());
            assertThat(GoldIO.toJson(again.get(i).gold())).isEqualTo(GoldIO.toJson(a.gold()));
        }
    }

    @Test
    void pairDocumentsAreFixed() {
        List<ArticleGenerator.PoolDoc> docs = ArticleGenerator.pairDocuments("JP-VN");
        assertThat(docs).hasSizeBetween(2, 3);
        assertThat(docs.stream().map(d -> d.subject().key()).distinct().count()).isEqualTo(docs.size());
        assertThat(docs).allMatch(d -> d.year() >= 2005 && d.year() < 2023);
        assertThat(docs.stream().map(d -> d.key("JP-VN")).distinct().count()).isEqualTo(docs.size());
    }

    private static Map<Integer, Integer> histogram(List<Integer> sizes) {
        Map<Integer, Integer> h = new TreeMap<>();
        sizes.forEach(s -> h.merge(s, 1, Integer::sum));
        return h;
    }
}
