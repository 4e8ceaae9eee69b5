package io.attache.ingest.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchRequest", description = "Many articles at once; all are validated before any is published")
public record BatchRequest(List<ArticleRequest> articles) {
}
