package io.attache.entity.extraction;

import io.attache.extraction.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The extraction engine is plain Java, thread-safe and deterministic: one instance serves all consumers. */
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return Extractor.create();
    }
}
