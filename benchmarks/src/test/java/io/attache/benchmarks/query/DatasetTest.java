package io.attache.benchmarks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attache.extraction.names.NameParser;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final Dataset SMALL = Dataset.generate(42, 1200, 600, 12_000, 0.005);

    @Test
    void sameSeedSameStore() {
        Dataset again = Dataset.generate(42, 1200, 600, 12_000, 0.005);
        assertEquals(SMALL.officials.size(), again.officials.size());
        for (int i = 0; i < SMALL.officials.size(); i += 97) {
            assertEquals(SMALL.officials.get(i).id, again.officials.get(i).id);
            assertEquals(SMALL.officials.get(i).display, again.officials.get(i).display);
        }
        assertEquals(SMALL.articles.size(), again.articles.size());
        Seeder.ArticleText a = new Seeder.ArticleText(SMALL), b = new Seeder.ArticleText(again);
        assertEquals(a.write(SMALL.articles.get(17)), b.write(again.articles.get(17)));
        assertNotEquals(SMALL.officials.get(0).id, Dataset.generate(43, 1200, 600, 12_000, 0.005).officials.get(0).id);
    }

    @Test
    void sizesAreWhatWasAsked() {
        assertEquals(1200, SMALL.officials.size());
        assertEquals(600, SMALL.events.size());
        assertEquals(12_000, SMALL.mentionCount());
    }

    @Test
    void identitiesAreUniqueAndFollowTheStoreRules() {
        Set<String> keys = new HashSet<>(), ids = new HashSet<>();
        for (Dataset.Official o : SMALL.officials) {
            assertTrue(keys.add(o.identityKey), o.identityKey);
            assertTrue(ids.add(o.id), o.id);
            assertEquals(o.country + ":" + NameParser.key(Arrays.asList(o.display.split(" "))), o.identityKey);
            assertEquals(Dataset.ids("off", o.identityKey, 20), o.id);
            assertTrue(o.searchText.startsWith(o.ascii), o.searchText);
        }
        assertTrue(SMALL.officials.stream().anyMatch(o -> !o.display.equals(Dataset.stripDiacritics(o.display))),
                "some names carry diacritics");
        Set<String> agreementKeys = new HashSet<>();
        SMALL.agreements.forEach(a -> assertTrue(agreementKeys.add(a.identityKey), a.identityKey));
    }

    @Test
    void everyEntityIsReportedAndEveryOfficialTakesPart() {
        for (Dataset.Official o : SMALL.officials) {
            assertTrue(o.articleCount > 0, o.display + " is in no article");
            assertTrue(o.firstArticle >= 0);
        }
        for (Dataset.Event e : SMALL.events) {
            assertFalse(e.articles.isEmpty());
            assertEquals(e.participants.size(), new HashSet<>(e.participants).size(), "participants are distinct");
        }
        for (Dataset.Agreement a : SMALL.agreements) {
            assertTrue(a.firstArticle >= 0);
        }
    }

    @Test
    void mentionsPointAtTheirTextAndSentence() {
        Seeder.ArticleText texts = new Seeder.ArticleText(SMALL);
        long mentions = 0;
        for (Dataset.Article a : SMALL.articles) {
            Seeder.ArticleText.Written w = texts.write(a);
            for (Seeder.ArticleText.Span m : w.mentions()) {
                assertEquals(m.text(), w.text().substring(m.start(), m.end()));
                assertTrue(m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd());
                assertTrue(w.text().substring(m.sentenceStart(), m.sentenceEnd()).endsWith("."));
            }
            mentions += w.mentions().size();
        }
        assertEquals(SMALL.mentionCount(), mentions);
    }

    @Test
    void jpVnIsAPairOfItsOwn() {
        long jpvn = SMALL.events.stream().filter(e -> List.of(e.parties).containsAll(List.of("JP", "VN"))).count();
        assertTrue(jpvn >= 2, "JP-VN events: " + jpvn);
    }
}
