package io.attache.evaluation;

import io.attache.extraction.model.ExtractionResult;

/** Public door to {@link PerfectExtraction} for tests in other packages. */
public final class PerfectExtractionAccess {
    private PerfectExtractionAccess() {
    }

    public static ExtractionResult from(GoldArticle g) {
        return PerfectExtraction.from(g);
    }
}
