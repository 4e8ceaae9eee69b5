package io.attache.query.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agreement", description = "Everything the store knows of one agreement, merged over every article that "
        + "mentions it")
public record AgreementView(
        @Schema(examples = "agr_1b2c3d4e5f6a7b8c9d0e") String id,
        @Schema(examples = "memorandum_of_understanding") String kind,
        @Schema(examples = "cooperation in search and rescue") String subject,
        @Schema(examples = "[\"JP\", \"VN\"]") List<String> parties,
        @Schema(description = "Signing organisations, with their country",
                examples = "[\"Ministry of Defense (JP)\", \"Ministry of National Defence (VN)\"]") List<String> organizations,
        List<OfficialRef> signatories,
        LocalDate date,
        @Schema(examples = "day") String datePrecision,
        @Schema(description = "The strongest status any article gave it: signed_in_this_event > referenced > planned",
                examples = "signed_in_this_event") String status,
        @Schema(description = "The event it was signed at, if known") EventSummary event,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = SourceView.class,
                description = "Articles mentioning it, each with what it said of the status (at most 200)")
        String sources,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = ResolutionView.class,
                description = "Why each article's mention was resolved to this item, oldest first") String resolution,
        Instant createdAt,
        Instant updatedAt) {
}
