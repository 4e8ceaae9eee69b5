package io.attache.evaluation;

import io.attache.evaluation.corpus.ArticleGenerator;
import io.attache.evaluation.corpus.GeneratedArticle;
import io.attache.extraction.Extractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's own corpus: the hand-written articles plus generated ones (200 from seed 2025 by default). */
public final class OwnCorpus {

    /** Relative to the evaluation module's directory. */
    public static final Path HANDWRITTEN = Path.of("corpus/handwritten");
    public static final int GENERATED = 200;
    public static final long SEED = 2025L;

    private OwnCorpus() {
    }

    public static List<EvaluationCase> handwritten() {
        return handwritten(HANDWRITTEN);
    }

    public static List<EvaluationCase> handwritten(Path corpusDir) {
        return Evaluation.load(corpusDir.resolve("texts"), corpusDir.resolve("gold"), m -> {
            throw new IllegalStateException(m);
        });
    }

    public static List<EvaluationCase> generated() {
        return generated(GENERATED, SEED);
    }

    public static List<EvaluationCase> generated(int count, long seed) {
        ArticleGenerator gen = new ArticleGenerator(seed);
        List<EvaluationCase> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedArticle a = gen.next();
            out.add(new EvaluationCase(a.gold(), a.text()));
        }
        return out;
    }

    public static List<EvaluationCase> all() {
        List<EvaluationCase> all = new ArrayList<>(handwritten());
        all.addAll(generated());
        return all;
    }

    public static EvaluationReport evaluate(List<EvaluationCase> cases) {
        return Evaluation.run(cases, Extractor.create(), Evaluation.Progress.NONE);
    }
}
