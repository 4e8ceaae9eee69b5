package io.attache.evaluation;

import io.attache.extraction.Extractor;
import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the engine over gold cases and scores them. */
public final class Evaluation {

    /** Progress callback: (index 1-based, total, article id). */
    public interface Progress {
        void step(int done, int total, String articleId);

        Progress NONE = (d, t, id) -> { };
    }

    private Evaluation() {
    }

    public static EvaluationReport run(List<EvaluationCase> cases, Extractor extractor, Progress progress) {
        long start = System.nanoTime();
        List<ArticleScore> scores = new ArrayList<>(cases.size());
        int i = 0;
        for (EvaluationCase c : cases) {
            i++;
            GoldArticle gold = c.gold();
            ArticleInput input = new ArticleInput(c.text(), null, gold.publisher(), gold.publishedDate(), null);
            ArticleScore score;
            try {
                long t0 = System.nanoTime();
                ExtractionResult result = extractor.extract(input);
                long t1 = System.nanoTime();
                score = Scorer.score(gold, result, t1 - t0);
            } catch (RuntimeException | StackOverflowError e) {
                score = Scorer.failed(gold, e);
            }
            scores.add(score);
            progress.step(i, cases.size(), gold.id());
        }
        return EvaluationReport.of(scores, System.nanoTime() - start);
    }

    /**
     * Loads every gold file of {@code goldDir} with its text. The text is found by the gold's {@code text_file}
     * resolved against the gold directory's parent, then against {@code textsDir}, then as {@code <textsDir>/<id>.txt}.
     *
     * @param onMissing told about gold files whose text cannot be found (they are skipped)
     */
    public static List<EvaluationCase> load(Path textsDir, Path goldDir, Consumer<String> onMissing) {
        List<EvaluationCase> out = new ArrayList<>();
        for (Path file : GoldIO.goldFiles(goldDir)) {
            GoldArticle gold = GoldIO.read(file);
            if (gold.id() == null) {
                String n = file.getFileName().toString();
                gold = new GoldArticle(n.substring(0, n.length() - 5), gold.textFile(), gold.publisher(), gold.published(),
                        gold.events(), gold.officials(), gold.agreements(), gold.topics());
            }
            Path text = resolveText(textsDir, goldDir, gold);
            if (text == null) {
                onMissing.accept(file + ": no text found (text_file=" + gold.textFile() + ")");
                continue;
            }
            try {
                out.add(new EvaluationCase(gold, Files.readString(text, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + text, e);
            }
        }
        return out;
    }

    static Path resolveText(Path textsDir, Path goldDir, GoldArticle gold) {
        List<Path> candidates = new ArrayList<>();
        if (gold.textFile() != null && !gold.textFile().isBlank()) {
            Path parent = goldDir.toAbsolutePath().normalize().getParent();
            if (parent != null) {
                candidates.add(parent.resolve(gold.textFile()));
            }
            if (textsDir != null) {
                candidates.add(textsDir.resolve(gold.textFile()));
                candidates.add(textsDir.resolve(Path.of(gold.textFile()).getFileName()));
            }
        }
        if (textsDir != null && gold.id() != null) {
            candidates.add(textsDir.resolve(gold.id() + ".txt"));
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
