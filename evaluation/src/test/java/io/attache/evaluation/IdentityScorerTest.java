package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityScorerTest {

    private static ArticleScore article(String id, ArticleScore.Pairing... pairings) {
        return new ArticleScore(id, ArticleScore.emptyCounts(), List.of(), 0, List.of(pairings));
    }

    private static ArticleScore.Pairing official(String goldKey, String storeId) {
        return new ArticleScore.Pairing(Kind.OFFICIALS, goldKey, storeId);
    }

    @Test
    void onePersonUnderOneIdAcrossArticlesIsAPerfectScore() {
        Map<Kind, IdentityScorer.PairCounts> s = IdentityScorer.score(List.of(
                article("a1", official("P:VN:a", "off_1"), official("P:JP:b", "off_2")),
                article("a2", official("P:VN:a", "off_1")),
                article("a3", official("P:VN:a", "off_1"), official("P:JP:b", "off_2"))));
        IdentityScorer.PairCounts c = s.get(Kind.OFFICIALS);
        assertThat(c.truePairs()).isEqualTo(3 + 1);
        assertThat(c.falseMerges()).isZero();
        assertThat(c.missedMerges()).isZero();
        assertThat(c.f1()).isEqualTo(1.0);
    }

    @Test
    void twoPeopleUnderOneIdAreFalseMergesAndOnePersonUnderTwoIdsAreMissedMerges() {
        IdentityScorer.PairCounts merged = IdentityScorer.score(List.of(
                article("a1", official("P:VN:a", "off_1")),
                article("a2", official("P:VN:a", "off_1")),
                article("a3", official("P:VN:other", "off_1")))).get(Kind.OFFICIALS);
        assertThat(merged.truePairs()).isEqualTo(1);
        assertThat(merged.falseMerges()).isEqualTo(2);
        assertThat(merged.precision()).isEqualTo(1.0 / 3);
        assertThat(merged.recall()).isEqualTo(1.0);

        IdentityScorer.PairCounts split = IdentityScorer.score(List.of(
                article("a1", official("P:VN:a", "off_1")),
                article("a2", official("P:VN:a", "off_9")))).get(Kind.OFFICIALS);
        assertThat(split.truePairs()).isZero();
        assertThat(split.missedMerges()).isEqualTo(1);
        assertThat(split.recall()).isZero();
        assertThat(split.f1()).isZero();
    }

    @Test
    void kindsAreScoredSeparately() {
        Map<Kind, IdentityScorer.PairCounts> s = IdentityScorer.score(List.of(
                article("a1", new ArticleScore.Pairing(Kind.EVENTS, "E:1", "evt_1")),
                article("a2", new ArticleScore.Pairing(Kind.EVENTS, "E:1", "evt_1"),
                        new ArticleScore.Pairing(Kind.AGREEMENTS, "A:1", "agr_1"))));
        assertThat(s.get(Kind.EVENTS).truePairs()).isEqualTo(1);
        assertThat(s.get(Kind.AGREEMENTS).truePairs()).isZero();
        assertThat(s.get(Kind.OFFICIALS).f1()).isEqualTo(1.0); // nothing to merge, nothing wrong
    }
}
