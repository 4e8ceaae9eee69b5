package io.attache.benchmarks.pipeline;

import io.attache.evaluation.corpus.ArticleGenerator;
import io.attache.evaluation.corpus.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The load: synthetic diplomatic/defence articles from {@link ArticleGenerator} (deterministic from the seed) of
 * 1–6 KB, and a URL unique to the run so a repeated run is never deduplicated by ingest-service.
 */
public final class Payloads {
    public static final int MIN_BYTES = 1000, MAX_BYTES = 6000;

    /** One article as posted: the fields of ingest-service's ArticleRequest. */
    public record Article(String url, String title, String publisher, String publishedAt, String text) {
    }

    private Payloads() {
    }

    /**
     * {@code count} articles from {@code seed}; the URL is https://bench.attache.example/{runId}/{n}. The generator
     * writes 1–4 KB stories (mostly 1–2 KB); to spread lengths over 1–6 KB, each article draws a target length
     * uniformly in [1,000, 6,000] bytes and, while shorter, takes further generated stories as further sections (a
     * digest article), never beyond 6,000 bytes. Publisher and date are the first story's.
     */
    public static List<Article> generate(long seed, int count, String runId) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        Random lengths = new Random(seed * 31 + 7);
        List<Article> articles = new ArrayList<>(count);
        GeneratedArticle pending = null;
        while (articles.size() < count) {
            GeneratedArticle first = pending != null ? pending : generator.next();
            pending = null;
            int target = MIN_BYTES + lengths.nextInt(MAX_BYTES - MIN_BYTES + 1);
            StringBuilder text = new StringBuilder(first.text());
            int bytes = utf8(first.text());
            while (bytes < target) {
                GeneratedArticle more = generator.next();
                int moreBytes = utf8(more.text());
                if (bytes + 2 + moreBytes > MAX_BYTES) {
                    pending = more; // starts the next article
                    break;
                }
                text.append("\n\n").append(more.text());
                bytes += 2 + moreBytes;
            }
            if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
                continue;
            }
            int n = articles.size();
            articles.add(new Article("https://bench.attache.example/" + runId + "/" + n, null, first.publisher(),
                    first.publishedAt() == null ? null : first.publishedAt().toString(), text.toString()));
        }
        return articles;
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    public static double meanBytes(List<Article> articles) {
        return articles.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }
}
