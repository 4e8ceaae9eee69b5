package io.attache.query.mapping;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation", description = "The bilateral record of two countries: events and agreements to which both "
        + "were parties, oldest first, and the officials involved")
public record RelationView(
        @Schema(examples = "[\"JP\", \"VN\"]") List<String> countries,
        @Schema(description = "Date of the first dated event or agreement") LocalDate first,
        @Schema(description = "Date of the last dated event or agreement") LocalDate last,
        @Schema(description = "Events with both countries among the parties, oldest first (undated last)")
        List<EventSummary> events,
        @Schema(description = "Agreements with both countries among the parties, oldest first (undated last)")
        List<AgreementSummary> agreements,
        @Schema(description = "Officials who took part in those events or signed those agreements, most involved first")
        List<Involved> officials) {

    @Schema(name = "RelationOfficial")
    public record Involved(String id, String name, String country,
            @Schema(description = "How many of these events they took part in", examples = "3") long events,
            @Schema(description = "How many of these agreements they signed", examples = "1") long agreements) {
    }
}
