package io.attache.query.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of a source's evidence spans, which PostgreSQL renders (SourceQueries). */
@Schema(name = "Evidence", description = "A span of an article that refers to the item: [start, end) character offsets "
        + "into the article text, and the whole sentence it stands in")
public record EvidenceView(
        @Schema(examples = "Hoàng Xuân Chiến") String text,
        @Schema(examples = "112") int start,
        @Schema(examples = "128") int end,
        @Schema(description = "The sentence around the span, cut from the article text; null if unknown",
                examples = "Senior Lieutenant General Hoàng Xuân Chiến held talks with NAMAZU Hiroyuki.") String sentence) {
}
