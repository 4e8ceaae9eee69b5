package io.attache.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts and findings of one article, and which extracted item each matched gold item was paired with (by the
 * item's localId; through the live pipeline that is the store-wide id), for cross-article identity scoring.
 */
public record ArticleScore(String articleId, Map<Kind, Counts> counts, List<Finding> findings, long extractionNanos,
        List<Pairing> pairings) {

    /** A gold item (by its cross-article key) matched to an extracted item. */
    public record Pairing(Kind kind, String goldKey, String extractedId) {
    }

    public Counts get(Kind kind) {
        return counts.get(kind);
    }

    static Map<Kind, Counts> emptyCounts() {
        Map<Kind, Counts> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, new Counts());
        }
        return m;
    }
}
