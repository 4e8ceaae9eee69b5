package io.attache.extraction.model;

import java.util.List;

/** Everything the engine found in one article. Lists are never null. */
public record ExtractionResult(
        List<ExtractedOfficial> officials,
        List<ExtractedOrganization> organizations,
        List<CountryMention> countries,
        List<ExtractedEvent> events,
        List<ExtractedAgreement> agreements,
        List<String> topics) {
}
