package io.attache.query.mapping;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementSummary", description = "An agreement in a list; follow the id for everything known")
public record AgreementSummary(
        @Schema(examples = "agr_1b2c3d4e5f6a7b8c9d0e") String id,
        @Schema(description = "memorandum_of_understanding, letter_of_intent, agreement, joint_statement, "
                + "joint_vision_statement, action_plan, treaty, protocol, other",
                examples = "memorandum_of_understanding") String kind,
        @Schema(examples = "cooperation in search and rescue") String subject,
        @Schema(examples = "[\"JP\", \"VN\"]") List<String> parties,
        LocalDate date,
        @Schema(examples = "day") String datePrecision,
        @Schema(description = "The strongest status any article gave it: signed_in_this_event, referenced or planned",
                examples = "signed_in_this_event") String status,
        @Schema(description = "The event it was signed at, if known") String eventId) {
}
