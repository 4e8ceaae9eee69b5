package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.AgreementView;
import io.attache.query.mapping.Pages.AgreementPage;
import io.attache.query.service.AgreementQueryService;
import io.attache.query.service.ListFilter;
import io.attache.query.service.Vocabulary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agreements")
@Tag(name = "Agreements", description = "Documents signed, referenced or planned: MoUs, letters of intent, treaties...")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {
    @Inject
    AgreementQueryService agreements;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(summary = "List agreements",
            description = "Agreements, most recent first (undated last), ties by id; filter by party country, kind, "
                    + "status, date range, official (signatory, or attending the event it was signed at), signing "
                    + "organisation, or words of the subject." + ApiDocs.PAGING)
    @APIResponse(responseCode = "200", description = "A page of agreements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementPage.class),
                    examples = @ExampleObject(name = "page", value = """
                            {"items": [{"id": "agr_1b2c3d4e5f6a7b8c9d0e", "kind": "memorandum_of_understanding",
                              "subject": "cooperation in search and rescue", "parties": ["JP", "VN"],
                              "date": "2025-12-04", "datePrecision": "day", "status": "signed_in_this_event",
                              "eventId": "evt_9a8b7c6d5e4f3a2b1c0d"}], "next": null}""")))
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit too large", value = ApiDocs.INVALID_EXAMPLE)))
    public AgreementPage list(@Context UriInfo uri,
            @Parameter(description = "Words of the subject or kind (all must match)", example = "search rescue")
            @QueryParam("q") String q,
            @Parameter(description = "Agreements this country is a party to; " + ApiDocs.COUNTRY, example = "JP")
            @QueryParam("country") String country,
            @Parameter(description = "memorandum_of_understanding, letter_of_intent, agreement, joint_statement, "
                    + "joint_vision_statement, action_plan, treaty, protocol or other",
                    example = "memorandum_of_understanding") @QueryParam("kind") String kind,
            @Parameter(description = "signed_in_this_event, referenced or planned (the strongest status seen)",
                    example = "signed_in_this_event") @QueryParam("status") String status,
            @Parameter(description = ApiDocs.FROM, example = "2025-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "Agreements this official (id) signed or saw signed at an event they attended",
                    example = "off_3f2a9c0d1e4b5a6c7d8e") @QueryParam("official") String official,
            @Parameter(description = "Agreements this organisation (id) signed", example = "org_0a1b2c3d4e5f6a7b8c9d")
            @QueryParam("organization") String organization,
            @Parameter(description = ApiDocs.LIMIT, example = "20") @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") String cursor) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        ListFilter filter = new ListFilter(QueryParams.q(q), QueryParams.country(country, "country"),
                QueryParams.oneOf(kind, Vocabulary.AGREEMENT_KINDS, "kind"), fromDate, toDate,
                QueryParams.id(official), QueryParams.id(organization),
                QueryParams.oneOf(status, Vocabulary.AGREEMENT_STATUSES, "status"));
        var page = agreements.list(filter, QueryParams.cursor(cursor), QueryParams.limit(limit));
        return new AgreementPage(page.items(), PageLinks.next(uri, page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an agreement",
            description = "Everything known of one agreement: kind, subject, parties, signing organisations and "
                    + "officials, date with precision, the strongest status seen, the event it was signed at, the "
                    + "articles mentioning it (each with what it said of the status) with evidence, and the resolution "
                    + "record." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "agreement", value = """
                            {"id": "agr_1b2c3d4e5f6a7b8c9d0e", "kind": "memorandum_of_understanding",
                             "subject": "cooperation in search and rescue", "parties": ["JP", "VN"],
                             "organizations": ["Ministry of Defense (JP)", "Ministry of National Defence (VN)"],
                             "signatories": [], "date": "2025-12-04", "datePrecision": "day",
                             "status": "signed_in_this_event",
                             "event": {"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation", "date": "2025-12-04",
                                       "city": "Tokyo", "hostCountry": "JP", "parties": ["JP", "VN"]},
                             "sources": [{"articleId": "art_05ca08864f6258c19055d355", "status": "signed_in_this_event",
                                          "evidence": []}],
                             "resolution": [{"articleId": "art_05ca08864f6258c19055d355", "decision": "created",
                                             "score": 1.0, "features": {"kind": "memorandum_of_understanding",
                                             "parties": "JP-VN", "subjectKey": "search-and-rescue"}}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No agreement has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "The agreement's store-wide id", example = "agr_1b2c3d4e5f6a7b8c9d0e")
            @PathParam("id") String id) {
        return caching.ok(agreements.find(id).orElseThrow(() -> new NotFoundProblem("no agreement with id " + id)),
                ifNoneMatch);
    }
}
