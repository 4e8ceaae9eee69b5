package io.attache.extraction;

import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractionResult;

/**
 * The engine's entry point. Implementations are thread-safe and deterministic: the same input gives the same result.
 */
public interface Extractor {

    ExtractionResult extract(ArticleInput article);

    /** The standard engine; cheap to call repeatedly (gazetteers load once per class loader). */
    static Extractor create() {
        return new RuleBasedExtractor();
    }
}
