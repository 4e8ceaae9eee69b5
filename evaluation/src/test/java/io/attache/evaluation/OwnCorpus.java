package io.attache.evaluation;

import io.attache.evaluation.corpus.ArticleGenerator;
import io.attache.evaluation.corpus.GeneratedArticle;
import io.attache.extraction.Extractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's own corpus: the hand-written articles plus 200 generated ones (seed 2025). */
final class OwnCorpus {

    static final Path HANDWRITTEN = Path.of("corpus/handwritten");
    static final int GENERATED = 200;
    static final long SEED = 2025L;

    private OwnCorpus() {
    }

    static List<EvaluationCase> handwritten() {
        return Evaluation.load(HANDWRITTEN.resolve("texts"), HANDWRITTEN.resolve("gold"), m -> {
            throw new IllegalStateException(m);
        });
    }

    static List<EvaluationCase> generated() {
        ArticleGenerator gen = new ArticleGenerator(SEED);
        List<EvaluationCase> out = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            GeneratedArticle a = gen.next();
            out.add(new EvaluationCase(a.gold(), a.text()));
        }
        return out;
    }

    static List<EvaluationCase> all() {
        List<EvaluationCase> all = new ArrayList<>(handwritten());
        all.addAll(generated());
        return all;
    }

    static EvaluationReport evaluate(List<EvaluationCase> cases) {
        return Evaluation.run(cases, Extractor.create(), Evaluation.Progress.NONE);
    }
}
