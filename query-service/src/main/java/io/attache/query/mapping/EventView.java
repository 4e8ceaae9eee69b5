package io.attache.query.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "Everything the store knows of one event (a meeting), merged over every report of it")
public record EventView(
        @Schema(examples = "evt_9a8b7c6d5e4f3a2b1c0d") String id,
        @Schema(examples = "consultation") String kind,
        @Schema(examples = "first Foreign and Defence Vice-Ministerial Consultation") String name,
        @Schema(description = "Its number in a series of meetings, if printed", examples = "1") Integer ordinal,
        LocalDate date,
        @Schema(description = "day, month or year", examples = "day") String datePrecision,
        @Schema(examples = "Tokyo") String city,
        @Schema(examples = "JP") String hostCountry,
        @Schema(examples = "[\"JP\", \"VN\"]") List<String> parties,
        List<Participant> participants,
        @Schema(examples = "[\"search and rescue\", \"defence industry\"]") List<String> topics,
        @Schema(description = "Agreements signed at or attached to this event") List<AgreementSummary> agreements,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = SourceView.class,
                description = "Articles reporting it, most recent first (at most 200)")
        String sources,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = ResolutionView.class,
                description = "Why each article's mention was resolved to this item, oldest first") String resolution,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "EventParticipant")
    public record Participant(@Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String officialId,
            @Schema(examples = "Hoàng Xuân Chiến") String name,
            @Schema(examples = "VN") String country,
            @Schema(description = "head_of_delegation, host, participant or signatory", examples = "head_of_delegation")
            String role) {
    }
}
