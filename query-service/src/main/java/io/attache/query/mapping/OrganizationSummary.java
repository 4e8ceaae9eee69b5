package io.attache.query.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationSummary", description = "An organisation in a list; follow the id for everything known")
public record OrganizationSummary(
        @Schema(examples = "org_0a1b2c3d4e5f6a7b8c9d") String id,
        @Schema(examples = "Ministry of National Defence") String name,
        @Schema(description = "ministry, party, parliament, armed_forces, alliance, international_body, government, other",
                examples = "ministry") String kind,
        @Schema(description = "ISO 3166-1 alpha-2; null for international bodies", examples = "VN") String country) {
}
