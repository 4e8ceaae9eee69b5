package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.CountryView;
import io.attache.query.mapping.RelationView;
import io.attache.query.service.CountryQueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Countries", description = "Records by country and between two countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {
    @Inject
    CountryQueryService countries;
    @Inject
    HttpCaching caching;
    @Inject
    ViewCache views;

    @GET
    @Path("/countries/{code}")
    @Operation(summary = "Get a country's record",
            description = "How many officials, events and agreements of this country the store holds, with the first "
                    + "page of each; each page's `next` continues in the collection filtered by the country. A valid "
                    + "code the store knows nothing about gives zero counts." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The country's record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryView.class),
                    examples = @ExampleObject(name = "country", value = """
                            {"code": "VN", "name": "Vietnam", "officialCount": 1, "eventCount": 1, "agreementCount": 0,
                             "officials": {"items": [{"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến",
                               "country": "VN"}], "next": null},
                             "events": {"items": [{"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation",
                               "date": "2025-12-04", "parties": ["JP", "VN"]}], "next": null},
                             "agreements": {"items": [], "next": null}}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-2 code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad code", value = """
                            {"type": "urn:attache:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
                             "detail": "code 'ZZ' is not an ISO 3166-1 alpha-2 country code such as VN or JP",
                             "instance": "/api/v1/countries/ZZ", "errors": [{"field": "code",
                             "message": "code 'ZZ' is not an ISO 3166-1 alpha-2 country code such as VN or JP"}]}""")))
    public Response country(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "ISO 3166-1 alpha-2 country code, any case", example = "VN") @PathParam("code") String code) {
        return caching.ok(countries.country(QueryParams.requiredCountry(code, "code")), ifNoneMatch);
    }

    @GET
    @Path("/relations/{a}/{b}")
    @Operation(summary = "Get the bilateral record of two countries",
            description = "Every event and agreement to which both countries were parties (multilateral ones "
                    + "included), oldest first, the first and last dates, and the officials involved with how many of "
                    + "these events and agreements each took part in. The order of the two codes does not matter."
                    + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The bilateral record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationView.class),
                    examples = @ExampleObject(name = "JP-VN", value = """
                            {"countries": ["JP", "VN"], "first": "2025-12-04", "last": "2025-12-04",
                             "events": [{"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation", "date": "2025-12-04",
                               "city": "Tokyo", "hostCountry": "JP", "parties": ["JP", "VN"]}],
                             "agreements": [{"id": "agr_1b2c3d4e5f6a7b8c9d0e", "kind": "memorandum_of_understanding",
                               "subject": "cooperation in search and rescue", "parties": ["JP", "VN"],
                               "date": "2025-12-04", "status": "signed_in_this_event"}],
                             "officials": [{"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến", "country": "VN",
                               "events": 1, "agreements": 0}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "An invalid country code or date, or twice the same country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response relation(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "One country, ISO 3166-1 alpha-2", example = "JP") @PathParam("a") String a,
            @Parameter(description = "The other country, ISO 3166-1 alpha-2", example = "VN") @PathParam("b") String b,
            @Parameter(description = ApiDocs.FROM, example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to) {
        String first = QueryParams.requiredCountry(a, "a");
        String second = QueryParams.requiredCountry(b, "b");
        if (first.equals(second)) {
            throw new InvalidParameterProblem("b", "a relation needs two different countries, not " + first + " twice");
        }
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        // the same record whichever order the two codes come in
        String key = "relation:" + (first.compareTo(second) < 0 ? first + "/" + second : second + "/" + first) + ":"
                + fromDate + ":" + toDate;
        return views.ok(key, () -> countries.relation(first, second, fromDate, toDate), ifNoneMatch);
    }
}
