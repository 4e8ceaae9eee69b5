package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/** Sanity rules every gold record must satisfy against its text. */
public final class CorpusChecks {
    private CorpusChecks() {
    }

    public static void assertGoldConsistentWithText(GoldArticle g, String text) {
        assertThat(g.id()).isNotBlank();
        assertThat(g.publishedDate()).as(g.id() + " published").isNotNull();
        Set<String> keys = new HashSet<>();
        for (GoldArticle.GoldOfficial o : g.officials()) {
            assertThat(text).as(g.id() + ": name of " + o.key()).contains(o.name());
            for (String m : o.mentions()) {
                assertThat(text).as(g.id() + ": mention of " + o.key()).contains(m);
            }
            for (String t : o.titles()) {
                assertThat(text).as(g.id() + ": title of " + o.key()).contains(t);
            }
            assertThat(o.country()).as(g.id() + " " + o.key()).matches("[A-Z]{2}");
            assertThat(keys.add(o.key())).as(g.id() + ": duplicate key " + o.key()).isTrue();
        }
        for (GoldArticle.GoldEvent e : g.events()) {
            assertThat(e.parties()).as(g.id() + " " + e.key()).isNotEmpty().allMatch(p -> p.matches("[A-Z]{2}"));
            assertThat(e.kind()).isIn("talks", "consultation", "dialogue", "meeting", "reception", "visit", "signing",
                    "phone_call", "summit", "conference");
            assertThat(keys.add(e.key())).as(g.id() + ": duplicate key " + e.key()).isTrue();
        }
        assertThat(g.events().stream().filter(GoldArticle.GoldEvent::main).count()).as(g.id() + " main events").isLessThanOrEqualTo(1);
        for (GoldArticle.GoldAgreement a : g.agreements()) {
            assertThat(a.status()).isIn("signed_in_this_event", "referenced", "planned");
            assertThat(a.kind()).isIn("memorandum_of_understanding", "letter_of_intent", "agreement", "joint_statement",
                    "joint_vision_statement", "action_plan", "treaty", "protocol", "other");
            assertThat(keys.add(a.key())).as(g.id() + ": duplicate key " + a.key()).isTrue();
        }
    }
}
