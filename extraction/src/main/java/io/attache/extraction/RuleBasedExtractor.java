package io.attache.extraction;

import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.ExtractionResult;
import java.util.List;

/** Placeholder until the rule-based engine lands: finds nothing. */
final class RuleBasedExtractor implements Extractor {
    @Override
    public ExtractionResult extract(ArticleInput article) {
        return new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
