package io.attache.benchmarks.pipeline;

import io.attache.evaluation.corpus.ArticleGenerator;
import io.attache.evaluation.corpus.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The load: synthetic diplomatic/defence articles from {@link ArticleGenerator} (deterministic from the seed), kept
 * when their body is 1–6 KB, and a URL unique to the run so a repeated run is never deduplicated by ingest-service.
 */
public final class Payloads {
    public static final int MIN_BYTES = 1000, MAX_BYTES = 6000;

    /** One article as posted: the fields of ingest-service's ArticleRequest. */
    public record Article(String url, String title, String publisher, String publishedAt, String text) {
    }

    private Payloads() {
    }

    /** {@code count} articles from {@code seed}; the URL is https://bench.attache.example/{runId}/{n}. */
    public static List<Article> generate(long seed, int count, String runId) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        List<Article> articles = new ArrayList<>(count);
        int drawn = 0;
        while (articles.size() < count) {
            GeneratedArticle g = generator.next();
            if (++drawn > count * 20 + 1000) {
                throw new IllegalStateException("the generator gives too few articles of 1-6 KB");
            }
            int bytes = g.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
                continue;
            }
            int n = articles.size();
            articles.add(new Article("https://bench.attache.example/" + runId + "/" + n, null, g.publisher(),
                    g.publishedAt() == null ? null : g.publishedAt().toString(), g.text()));
        }
        return articles;
    }

    public static double meanBytes(List<Article> articles) {
        return articles.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }
}
