package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Extractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the whole evaluation over the seeds and the own corpus and prints the figures (no quality thresholds here). */
class CorpusEvaluationTest {

    @Test
    void handwrittenGoldIsConsistentWithItsTexts() {
        List<EvaluationCase> hw = OwnCorpus.handwritten();
        assertThat(hw).hasSizeGreaterThanOrEqualTo(25);
        for (EvaluationCase c : hw) {
            CorpusChecks.assertGoldConsistentWithText(c.gold(), c.text());
            assertThat(c.gold().textFile()).startsWith("texts/");
        }
        // the corpus holds articles that must yield no official at all
        assertThat(hw.stream().filter(c -> c.gold().officials().isEmpty()).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void seedsEvaluate() {
        List<EvaluationCase> seeds = Evaluation.load(Path.of("../../shared/corpus/seeds"), Path.of("../../shared/corpus/gold"),
                m -> { });
        assertThat(seeds).hasSize(2);
        EvaluationReport r = Evaluation.run(seeds, Extractor.create(), Evaluation.Progress.NONE);
        print("seeds", r);
        assertInvariants(seeds, r);
    }

    @Test
    void ownCorpusEvaluates() {
        List<EvaluationCase> all = OwnCorpus.all();
        EvaluationReport r = OwnCorpus.evaluate(all);
        print("own corpus (" + OwnCorpus.handwritten().size() + " hand-written + " + OwnCorpus.GENERATED + " generated)", r);
        assertInvariants(all, r);
    }

    /** The scorer accounts for every gold item exactly once, whatever the engine returns. */
    private static void assertInvariants(List<EvaluationCase> cases, EvaluationReport r) {
        assertThat(r.articles()).hasSize(cases.size());
        int officials = cases.stream().mapToInt(c -> c.gold().officials().size()).sum();
        int events = cases.stream().mapToInt(c -> c.gold().events().size()).sum();
        int agreements = cases.stream().mapToInt(c -> c.gold().agreements().size()).sum();
        long main = cases.stream().flatMap(c -> c.gold().events().stream()).filter(GoldArticle.GoldEvent::main).count();
        assertThat(r.get(Kind.OFFICIALS).truePositives() + r.get(Kind.OFFICIALS).falseNegatives()).isEqualTo(officials);
        assertThat(r.get(Kind.EVENTS).truePositives() + r.get(Kind.EVENTS).falseNegatives()).isEqualTo(events);
        assertThat(r.get(Kind.AGREEMENTS).truePositives() + r.get(Kind.AGREEMENTS).falseNegatives()).isEqualTo(agreements);
        assertThat((long) r.get(Kind.MAIN_EVENTS).truePositives() + r.get(Kind.MAIN_EVENTS).falseNegatives()).isEqualTo(main);
    }

    static void print(String what, EvaluationReport r) {
        System.out.println();
        System.out.println("=== Evaluation on " + what);
        ReportPrinter.printTable(r, System.out);
        ReportPrinter.printSummary(r, System.out);
    }
}
