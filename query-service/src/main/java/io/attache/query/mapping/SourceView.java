package io.attache.query.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of an item's sources, which PostgreSQL renders (SourceQueries). */
@Schema(name = "Source", description = "An article the item was found in, with the spans that refer to it")
public record SourceView(
        @Schema(examples = "art_05ca08864f6258c19055d355") String articleId,
        String url,
        String title,
        String publisher,
        LocalDate publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Agreements only: what this article says of it (signed_in_this_event, referenced, planned)",
                examples = "signed_in_this_event") String status,
        List<EvidenceView> evidence) {
}
