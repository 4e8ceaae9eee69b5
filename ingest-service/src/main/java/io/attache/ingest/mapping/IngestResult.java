package io.attache.ingest.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IngestResult", description = "What happened to one submitted article")
public record IngestResult(
        @Schema(description = "Stable article id: from the normalised URL, else from the content",
                examples = "art_5c1b6f0e2a9d4e7c8b3a1f20") String id,
        @Schema(description = "pending (queued for processing), processed or failed",
                examples = "pending") String status,
        @Schema(description = "true when this article was submitted before; nothing is reprocessed then",
                examples = "false") boolean duplicate) {
}
