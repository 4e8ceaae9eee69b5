package io.attache.query.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfficialSummary", description = "An official in a list; follow the id for everything known")
public record OfficialSummary(
        @Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String id,
        @Schema(description = "Display name, as most often printed, diacritics kept", examples = "Hoàng Xuân Chiến") String name,
        @Schema(examples = "VN") String country,
        @Schema(examples = "Senior Lieutenant General") String rank,
        @Schema(description = "The canonical title of the most recently seen post",
                examples = "Deputy Minister of National Defence") String title) {
}
