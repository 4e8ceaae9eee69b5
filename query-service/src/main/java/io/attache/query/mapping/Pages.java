package io.attache.query.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One concrete page type per collection, so that the OpenAPI document names each item schema. */
public final class Pages {
    private Pages() {
    }

    private static final String NEXT = "The relative URL of the next page (same filters, its cursor), null on the last page";

    @Schema(name = "OfficialPage")
    public record OfficialPage(List<OfficialSummary> items,
            @Schema(description = NEXT, examples = "/api/v1/officials?country=VN&limit=20&cursor=b2ZmaWNpYWxz") String next) {
    }

    @Schema(name = "EventPage")
    public record EventPage(List<EventSummary> items,
            @Schema(description = NEXT, examples = "/api/v1/events?country=VN&limit=20&cursor=ZXZlbnRz") String next) {
    }

    @Schema(name = "AgreementPage")
    public record AgreementPage(List<AgreementSummary> items,
            @Schema(description = NEXT, examples = "/api/v1/agreements?country=VN&limit=20&cursor=YWdyZWVtZW50cw") String next) {
    }

    @Schema(name = "OrganizationPage")
    public record OrganizationPage(List<OrganizationSummary> items,
            @Schema(description = NEXT, examples = "/api/v1/organizations?kind=ministry&cursor=b3Jn") String next) {
    }
}
