package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.StatsView.KindStats;
import io.attache.query.mapping.StatsView.MonthStats;
import io.attache.query.mapping.StatsView.OfficialStats;
import io.attache.query.mapping.StatsView.PairStats;
import io.attache.query.service.StatsQueryService;
import io.attache.query.service.StatsQueryService.Filter;
import io.attache.query.service.Vocabulary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregates for dashboards. Parameters are parsed by hand (QueryParams) so that a bad one is a 400 naming it. */
@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "Counts of events, agreements and officials' activity for dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private static final Set<String> ANY_KIND = new HashSet<>(Vocabulary.EVENT_KINDS);

    static {
        ANY_KIND.addAll(Vocabulary.AGREEMENT_KINDS);
    }

    static final String KIND = "An event kind (talks, visit, summit...) or an agreement kind (memorandum_of_understanding, "
            + "treaty...): only items of that kind are counted, so the other side counts zero";
    static final String COUNTRY = "ISO 3166-1 alpha-2 country code, any case: only items with this country among their "
            + "parties";
    static final String DATES = " `from` and `to` bound the item's date (undated items are then left out).";
    static final String BAD_REQUEST = "An invalid date, country code, kind or limit, or `to` before `from`";

    @Inject
    StatsQueryService stats;
    @Inject
    HttpCaching caching;

    @GET
    @Path("/pairs")
    @Operation(summary = "Count events and agreements per country pair",
            description = "For every pair of countries that were parties to the same event or agreement, how many "
                    + "events and agreements they share; a multilateral item counts for each pair of its parties. "
                    + "Ordered by total desc, then pair." + DATES + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The pairs, most active first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PairStats.class),
                    examples = @ExampleObject(name = "pairs", value = """
                            {"items": [{"pair": "JP-VN", "countries": ["JP", "VN"], "events": 12, "agreements": 3,
                              "total": 15}, {"pair": "US-VN", "countries": ["US", "VN"], "events": 4, "agreements": 1,
                              "total": 5}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = ApiDocs.INVALID_EXAMPLE)))
    public Response pairs(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = ApiDocs.FROM, example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = KIND, example = "talks") @QueryParam("kind") String kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code, any case: only pairs involving it",
                    example = "VN") @QueryParam("country") String country,
            @Parameter(description = "Number of pairs, 1 to 100 (default 20)", example = "20") @QueryParam("limit") String limit) {
        Filter filter = filter(from, to, kind, ANY_KIND, country);
        return caching.ok(stats.pairs(filter, QueryParams.limit(limit)), ifNoneMatch);
    }

    @GET
    @Path("/kinds")
    @Operation(summary = "Count events per kind and agreements per kind",
            description = "Events per event kind and agreements per agreement kind, each ordered by count desc then "
                    + "kind; kinds without items are left out." + DATES + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "Counts per kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KindStats.class),
                    examples = @ExampleObject(name = "kinds", value = """
                            {"events": [{"kind": "talks", "count": 7}, {"kind": "visit", "count": 3}],
                             "agreements": [{"kind": "memorandum_of_understanding", "count": 2}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response kinds(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = ApiDocs.FROM, example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = KIND, example = "talks") @QueryParam("kind") String kind,
            @Parameter(description = COUNTRY, example = "VN") @QueryParam("country") String country) {
        return caching.ok(stats.kinds(filter(from, to, kind, ANY_KIND, country)), ifNoneMatch);
    }

    @GET
    @Path("/months")
    @Operation(summary = "Count events and agreements per month",
            description = "Events and agreements per month (YYYY-MM) of their date, oldest first; months without items "
                    + "are left out, and so are undated items and items dated to the year only." + DATES
                    + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "Counts per month",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthStats.class),
                    examples = @ExampleObject(name = "months", value = """
                            {"items": [{"month": "2025-11", "events": 2, "agreements": 0, "total": 2},
                             {"month": "2025-12", "events": 4, "agreements": 1, "total": 5}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response months(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = ApiDocs.FROM, example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = KIND, example = "talks") @QueryParam("kind") String kind,
            @Parameter(description = COUNTRY, example = "VN") @QueryParam("country") String country) {
        return caching.ok(stats.months(filter(from, to, kind, ANY_KIND, country)), ifNoneMatch);
    }

    @GET
    @Path("/officials")
    @Operation(summary = "List the most active officials",
            description = "Officials by the number of events they took part in plus agreements they signed, most "
                    + "active first (then by name). `from` and `to` bound the event's and the agreement's date; `kind` "
                    + "(an event kind) keeps events of that kind and agreements signed at an event of that kind; "
                    + "`country` is the official's country." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The most active officials",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialStats.class),
                    examples = @ExampleObject(name = "officials", value = """
                            {"items": [{"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến", "country": "VN",
                              "events": 6, "agreements": 2, "total": 8}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "An invalid date, country code, event kind or limit, or `to` "
            + "before `from`", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response officials(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = ApiDocs.FROM, example = "2020-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "An event kind: events of that kind, agreements signed at an event of that kind",
                    example = "summit") @QueryParam("kind") String kind,
            @Parameter(description = "The official's country, ISO 3166-1 alpha-2, any case", example = "VN")
            @QueryParam("country") String country,
            @Parameter(description = "Number of officials, 1 to 100 (default 20)", example = "10") @QueryParam("limit") String limit) {
        Filter filter = filter(from, to, kind, Vocabulary.EVENT_KINDS, country);
        return caching.ok(stats.officials(filter, QueryParams.limit(limit)), ifNoneMatch);
    }

    private static Filter filter(String from, String to, String kind, Set<String> kinds, String country) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        return new Filter(fromDate, toDate, QueryParams.oneOf(kind, kinds, "kind"), QueryParams.country(country, "country"));
    }
}
