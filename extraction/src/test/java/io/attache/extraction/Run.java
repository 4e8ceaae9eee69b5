package io.attache.extraction;

import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractionResult;
import java.time.LocalDate;
import java.util.Optional;

/** Test helper: run the engine on hand-written text published on Thursday 2025-12-04. */
public final class Run {
    public static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 4);
    private static final Extractor ENGINE = Extractor.create();

    private Run() {
    }

    public static ExtractionResult extract(String text) {
        return ENGINE.extract(ArticleInput.of(text, PUBLISHED));
    }

    public static ExtractionResult extract(String text, LocalDate published) {
        return ENGINE.extract(ArticleInput.of(text, published));
    }

    public static Optional<ExtractedOfficial> official(ExtractionResult r, String nameKey) {
        return r.officials().stream().filter(o -> o.nameKey().equals(nameKey)).findFirst();
    }
}
