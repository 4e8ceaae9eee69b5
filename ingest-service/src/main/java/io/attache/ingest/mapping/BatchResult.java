package io.attache.ingest.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", description = "One result per submitted article, in submission order")
public record BatchResult(List<IngestResult> results) {
}
