package io.attache.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accuracy targets of the extraction engine on the project's own corpus (hand-written + 200 generated articles). */
class OwnCorpusTargetsTest {

    @Test
    void engineMeetsTheTargetsOnTheOwnCorpus() {
        EvaluationReport r = OwnCorpus.evaluate(OwnCorpus.all());
        CorpusEvaluationTest.print("own corpus (targets)", r);
        assertThat(r.get(Kind.OFFICIALS).f1()).as("officials F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.get(Kind.AGREEMENTS).f1()).as("agreements F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.get(Kind.MAIN_EVENTS).f1()).as("main events F1").isGreaterThanOrEqualTo(0.90);
    }
}
