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

    @Schema(name = "ArticleOfficial", description = "An official named in the article, as this article presents them")
    public record OfficialRef(
            @Schema(description = "Store-wide id: follow at /api/v1/officials/{id}", examples = "off_3f2a9c0d1e4b5a6c7d8e")
            String id,
            @Schema(description = "Display name (store-wide)", examples = "Hoàng Xuân Chiến") String name,
            @Schema(examples = "VN") String country,
            @Schema(description = "Canonical titles this article gives", examples = "[\"Deputy Minister of National Defence\"]")
            List<String> titles,
            @Schema(description = "Rank as this article gives it (else the stored rank)", examples = "Senior Lieutenant General")
            String rank,
            List<MentionRef> mentions,
            @Schema(description = "The name as printed in this article", examples = "Hoang Xuan Chien") String printedName,
            @Schema(description = "Titles as printed in this article",
                    examples = "[\"Deputy Minister of National Defence\"]") List<String> printedTitles,
            @Schema(description = "Role at the article's main event: head_of_delegation, host, participant, signatory",
                    examples = "head_of_delegation") String role) {
    }

    @Schema(name = "Mention", description = "Where the text names it: [start, end) character offsets into the article text")
    public record MentionRef(String text, int start, int end) {
    }

    @Schema(name = "ArticleEvent", description = "An event the article reports; follow at /api/v1/events/{id}")
    public record EventRef(String id, @Schema(examples = "consultation") String kind, LocalDate date, String city,
            String hostCountry, @Schema(examples = "[\"JP\", \"VN\"]") List<String> parties,
            @Schema(examples = "first Foreign and Defence Vice-Ministerial Consultation") String name,
            @Schema(examples = "day") String datePrecision,
            @Schema(description = "True for the event the article is mainly about", examples = "true") boolean main) {
    }

    @Schema(name = "ArticleAgreement", description = "An agreement the article mentions; follow at /api/v1/agreements/{id}")
    public record AgreementRef(String id, @Schema(examples = "memorandum_of_understanding") String kind, String subject,
            List<String> parties, LocalDate date,
            @Schema(description = "What this article says of it: signed_in_this_event, referenced or planned",
                    examples = "signed_in_this_event") String status) {
    }
}
