package io.attache.query.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "An organisation (ministry, armed force, parliament, international body...)")
public record OrganizationView(
        @Schema(examples = "org_0a1b2c3d4e5f6a7b8c9d") String id,
        @Schema(examples = "Ministry of National Defence") String name,
        @Schema(examples = "ministry") String kind,
        @Schema(examples = "VN") String country,
        @Schema(examples = "[\"Ministry of National Defence\", \"MND\"]") List<String> aliases,
        @Schema(description = "Agreements it signed") List<AgreementSummary> agreements,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = SourceView.class,
                description = "Articles naming it, with the spans (at most 200)")
        String sources,
        Instant createdAt) {
}
