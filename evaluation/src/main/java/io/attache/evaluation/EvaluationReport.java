package io.attache.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The scores of a whole run: per article and summed per kind (micro-averaged). */
public record EvaluationReport(List<ArticleScore> articles, Map<Kind, Counts> totals, long elapsedNanos) {

    public static EvaluationReport of(List<ArticleScore> articles, long elapsedNanos) {
        Map<Kind, Counts> totals = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Counts c = new Counts();
            for (ArticleScore a : articles) {
                c.add(a.get(k));
            }
            totals.put(k, c);
        }
        return new EvaluationReport(List.copyOf(articles), totals, elapsedNanos);
    }

    public Counts get(Kind kind) {
        return totals.get(kind);
    }

    public long extractionNanos() {
        return articles.stream().mapToLong(ArticleScore::extractionNanos).sum();
    }
}
