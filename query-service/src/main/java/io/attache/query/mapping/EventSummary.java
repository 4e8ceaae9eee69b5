package io.attache.query.mapping;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventSummary", description = "An event (meeting) in a list; follow the id for everything known")
public record EventSummary(
        @Schema(examples = "evt_9a8b7c6d5e4f3a2b1c0d") String id,
        @Schema(description = "talks, consultation, dialogue, meeting, reception, visit, signing, phone_call, summit, "
                + "conference", examples = "consultation") String kind,
        @Schema(examples = "first Foreign and Defence Vice-Ministerial Consultation") String name,
        LocalDate date,
        @Schema(description = "day, month or year: how much of the date is known", examples = "day") String datePrecision,
        @Schema(examples = "Tokyo") String city,
        @Schema(examples = "JP") String hostCountry,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries that met", examples = "[\"JP\", \"VN\"]")
        List<String> parties) {
}
