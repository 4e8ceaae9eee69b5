package io.attache.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts and findings of one article. */
public record ArticleScore(String articleId, Map<Kind, Counts> counts, List<Finding> findings, long extractionNanos) {

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
