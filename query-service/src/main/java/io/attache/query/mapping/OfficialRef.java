package io.attache.query.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfficialRef", description = "An official, to follow at /api/v1/officials/{id}")
public record OfficialRef(
        @Schema(examples = "off_3f2a9c0d1e4b5a6c7d8e") String id,
        @Schema(examples = "Hoàng Xuân Chiến") String name,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "VN") String country) {
}
