package io.attache.benchmarks;

import io.attache.evaluation.corpus.ArticleGenerator;
import io.attache.evaluation.corpus.GeneratedArticle;
import io.attache.extraction.Extractor;
import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of {@link Extractor#extract} on realistic ~3 KB articles from the synthetic generator (pre-generated, cycled).
 * Average time is reported in µs/op, throughput in ops/ms.
 */
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    /** Number of distinct articles cycled through. */
    @Param("256")
    int articles;

    /** Target size of an article in characters (articles between 0.75× and 1.5× of it are kept). */
    @Param("3000")
    int targetChars;

    private Extractor extractor;
    private ArticleInput[] inputs;
    private int next;
    long totalChars;

    @Setup(Level.Trial)
    public void setUp() {
        extractor = Extractor.create();
        ArticleGenerator gen = new ArticleGenerator(20251204L);
        List<ArticleInput> list = new ArrayList<>();
        int guard = 0;
        while (list.size() < articles && guard++ < articles * 50) {
            GeneratedArticle a = gen.next();
            int len = a.text().length();
            if (len >= targetChars * 3 / 4 && len <= targetChars * 3 / 2) {
                list.add(new ArticleInput(a.text(), null, a.publisher(), a.publishedAt(), null));
                totalChars += len;
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("generator produced no article of about " + targetChars + " chars");
        }
        inputs = list.toArray(ArticleInput[]::new);
        // one pass so that gazetteers and lazy tables are loaded before measuring
        for (ArticleInput in : inputs) {
            extractor.extract(in);
        }
    }

    /** Mean time per article, µs/op. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ExtractionResult averageTime() {
        return extract();
    }

    /** Articles per second on one thread, ops/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ExtractionResult throughput() {
        return extract();
    }

    ExtractionResult extract() {
        ArticleInput in = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return extractor.extract(in);
    }

    /** Local smoke run without JMH: prints the mean per article. */
    public static void main(String[] args) {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.articles = 256;
        b.targetChars = 3000;
        b.setUp();
        long t0 = System.nanoTime();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            b.extract();
        }
        System.out.printf("%d articles (mean %d chars), %.1f µs/op%n", b.inputs.length, b.totalChars / b.inputs.length,
                (System.nanoTime() - t0) / 1e3 / n);
    }
}
