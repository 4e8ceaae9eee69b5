package io.attache.query.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", description = "An article, its processing status and what was extracted from it. "
        + "Entity ids are the resolved, store-wide ids: the same person in two articles has the same id.")
public record ArticleView(
        @Schema(examples = "art_5c1b6f0e2a9d4e7c8b3a1f20") String id,
        String url,
        String title,
        String publisher,
        LocalDate publishedAt,
        @Schema(examples = "en") String language,
        @Schema(description = "pending, processed or failed", examples = "processed") String status,
        @Schema(description = "why processing failed, when status is failed") String failureReason,
        Instant receivedAt,
        Instant processedAt,
        String text,
        List<OfficialRef> officials,
        List<EventRef> events,
        List<AgreementRef> agreements) {

    @Schema(name = "ArticleOfficial")
    public record OfficialRef(String id, String name, String country, List<String> titles, String rank,
            List<MentionRef> mentions) {
    }

    @Schema(name = "Mention", description = "Where the text names it: [start, end) character offsets into the article text")
    public record MentionRef(String text, int start, int end) {
    }

    @Schema(name = "ArticleEvent")
    public record EventRef(String id, String kind, LocalDate date, String city, String hostCountry, List<String> parties) {
    }

    @Schema(name = "ArticleAgreement")
    public record AgreementRef(String id, String kind, String subject, List<String> parties, LocalDate date,
            String status) {
    }
}
