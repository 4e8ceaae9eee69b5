package io.attache.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.evaluation.EvaluationCase;
import io.attache.evaluation.EvaluationReport;
import io.attache.evaluation.IdentityScorer;
import io.attache.evaluation.Kind;
import io.attache.evaluation.LiveEvaluation;
import io.attache.evaluation.OwnCorpus;
import io.attache.evaluation.ReportPrinter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live evaluation of issue 4 on the project's own corpus (hand-written + generated: the same people across many
 * articles under varied spellings and career changes), through the real pipeline: extraction quality of what the
 * store holds, and pairwise cross-article identity.
 */
class LiveEvaluationIT {
    private static RunningStack stack;

    @BeforeAll
    static void startServices() {
        stack = RunningStack.start("entity-service", "ingest-service", "query-service");
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theStoreResolvesTheOwnCorpusToOneIdentityPerPersonMeetingAndDocument() {
        List<EvaluationCase> cases = new ArrayList<>(OwnCorpus.handwritten(Path.of(System.getProperty("attache.handwritten"))));
        cases.addAll(OwnCorpus.generated());
        EvaluationReport report = new LiveEvaluation(stack.url("ingest-service"), stack.url("query-service"),
                Duration.ofMinutes(10)).run(cases, (done, total, id) -> {
                    if (done % 50 == 0 || done == total) {
                        System.out.printf("[%d/%d] %s%n", done, total, id);
                    }
                });
        Map<Kind, IdentityScorer.PairCounts> identity = IdentityScorer.score(report.articles());

        System.out.println("Live evaluation, own corpus (" + cases.size() + " articles):");
        ReportPrinter.printTable(report, System.out);
        System.out.println("Cross-article identity (pairwise over gold keys):");
        ReportPrinter.printIdentity(identity, System.out);

        assertThat(identity.get(Kind.OFFICIALS).f1()).as("officials pairwise identity F1").isGreaterThanOrEqualTo(0.98);
        assertThat(identity.get(Kind.EVENTS).f1()).as("events pairwise identity F1").isGreaterThanOrEqualTo(0.95);
        assertThat(identity.get(Kind.AGREEMENTS).f1()).as("agreements pairwise identity F1").isGreaterThanOrEqualTo(0.95);
        // there is something to merge: the corpus repeats people, meetings and documents across articles
        assertThat(identity.get(Kind.OFFICIALS).truePairs()).isGreaterThan(100);
        assertThat(identity.get(Kind.EVENTS).truePairs()).isPositive();
        assertThat(identity.get(Kind.AGREEMENTS).truePairs()).isPositive();
    }
}
