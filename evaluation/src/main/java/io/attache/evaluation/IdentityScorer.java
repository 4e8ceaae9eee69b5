package io.attache.evaluation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-article identity, scored pairwise: over every pair of matched mentions (a gold item paired with a stored
 * entity, in any two articles), the pair is a true merge when the gold keys agree and the store ids agree, a false
 * merge when only the ids agree, a missed merge when only the keys agree.
 */
public final class IdentityScorer {
    public static final List<Kind> KINDS = List.of(Kind.OFFICIALS, Kind.EVENTS, Kind.AGREEMENTS);

    public record PairCounts(long truePairs, long falseMerges, long missedMerges) {
        public double precision() {
            return truePairs + falseMerges == 0 ? 1.0 : (double) truePairs / (truePairs + falseMerges);
        }

        public double recall() {
            return truePairs + missedMerges == 0 ? 1.0 : (double) truePairs / (truePairs + missedMerges);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private IdentityScorer() {
    }

    public static Map<Kind, PairCounts> score(List<ArticleScore> articles) {
        Map<Kind, PairCounts> out = new EnumMap<>(Kind.class);
        for (Kind kind : KINDS) {
            Map<String, Long> byGold = new HashMap<>();
            Map<String, Long> byStore = new HashMap<>();
            Map<String, Long> byBoth = new HashMap<>();
            for (ArticleScore article : articles) {
                for (ArticleScore.Pairing p : article.pairings()) {
                    if (p.kind() != kind || p.goldKey() == null || p.extractedId() == null) {
                        continue;
                    }
                    byGold.merge(p.goldKey(), 1L, Long::sum);
                    byStore.merge(p.extractedId(), 1L, Long::sum);
                    byBoth.merge(p.goldKey() + "\u0000" + p.extractedId(), 1L, Long::sum);
                }
            }
            long same = pairs(byBoth);
            out.put(kind, new PairCounts(same, pairs(byStore) - same, pairs(byGold) - same));
        }
        return out;
    }

    private static long pairs(Map<String, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
