package io.attache.query.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResults", description = "Hits of every kind, best first")
public record SearchView(
        @Schema(examples = "chien") String q,
        List<Hit> hits) {

    @Schema(name = "SearchHit")
    public record Hit(
            @Schema(description = "official, organization, event or agreement", examples = "official") String type,
            @Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String id,
            @Schema(description = "What to show: a name, an event's name (or kind and city), an agreement's subject",
                    examples = "Hoàng Xuân Chiến") String label,
            @Schema(description = "A short qualifier: country, kind, date", examples = "VN") String detail,
            @Schema(description = "Relevance, 0 to 1; 1 for an exact name", examples = "1.0") double score,
            @Schema(description = "Where to follow it", examples = "/api/v1/officials/off_3f2a9c0d1e4b5a6c7d8e") String href) {
    }
}
