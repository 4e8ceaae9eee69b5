package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.EventView;
import io.attache.query.mapping.Pages.EventPage;
import io.attache.query.service.EventQueryService;
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

@Path("/api/v1/events")
@Tag(name = "Events", description = "Meetings (talks, visits, consultations, signings...), merged over every report")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    @Inject
    EventQueryService events;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(summary = "List events",
            description = "Events, most recent first (undated last), ties by id; filter by party country, kind, date "
                    + "range, participating official, or words of the name/city/kind." + ApiDocs.PAGING)
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                    examples = @ExampleObject(name = "page", value = """
                            {"items": [{"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation",
                              "name": "first Foreign and Defence Vice-Ministerial Consultation", "date": "2025-12-04",
                              "datePrecision": "day", "city": "Tokyo", "hostCountry": "JP", "parties": ["JP", "VN"]}],
                             "next": "/api/v1/events?country=VN&limit=1&cursor=ZXZlbnRzOmRhdGUKMjAyNS0xMi0wNApldnRfOWE4Yg"}""")))
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit too large", value = ApiDocs.INVALID_EXAMPLE)))
    public EventPage list(@Context UriInfo uri,
            @Parameter(description = "Words of the event's name, city or kind (all must match)", example = "Tokyo")
            @QueryParam("q") String q,
            @Parameter(description = "Events where this country was a party; " + ApiDocs.COUNTRY, example = "VN")
            @QueryParam("country") String country,
            @Parameter(description = "talks, consultation, dialogue, meeting, reception, visit, signing, phone_call, "
                    + "summit or conference", example = "consultation") @QueryParam("kind") String kind,
            @Parameter(description = ApiDocs.FROM, example = "2025-01-01") @QueryParam("from") String from,
            @Parameter(description = ApiDocs.TO, example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "Events this official (id) took part in", example = "off_3f2a9c0d1e4b5a6c7d8e")
            @QueryParam("official") String official,
            @Parameter(description = ApiDocs.LIMIT, example = "20") @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") String cursor) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        ListFilter filter = new ListFilter(QueryParams.q(q), QueryParams.country(country, "country"),
                QueryParams.oneOf(kind, Vocabulary.EVENT_KINDS, "kind"), fromDate, toDate,
                QueryParams.id(official), null, null);
        var page = events.list(filter, QueryParams.cursor(cursor), QueryParams.limit(limit));
        return new EventPage(page.items(), PageLinks.next(uri, page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an event",
            description = "Everything known of one event: kind, name and number in its series, date with its precision, "
                    + "city, host, parties, participants with their roles, topics, agreements signed at it, the articles "
                    + "reporting it with the evidence spans and sentences, and the resolution record (why each report "
                    + "was merged into this event: kind, date, city, shared participants, score)." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = """
                            {"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation",
                             "name": "first Foreign and Defence Vice-Ministerial Consultation", "ordinal": 1,
                             "date": "2025-12-04", "datePrecision": "day", "city": "Tokyo", "hostCountry": "JP",
                             "parties": ["JP", "VN"],
                             "participants": [{"officialId": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến",
                                               "country": "VN", "role": "head_of_delegation"}],
                             "topics": ["search and rescue"], "agreements": [], "sources": [],
                             "resolution": [{"articleId": "art_67a70bac5fd565764689b9cf", "decision": "matched",
                                             "score": 0.95, "features": {"kind": "same", "date": "same day", "city": "same",
                                             "sharedParticipants": 2}}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No event has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "The event's store-wide id", example = "evt_9a8b7c6d5e4f3a2b1c0d")
            @PathParam("id") String id) {
        return caching.ok(events.find(id).orElseThrow(() -> new NotFoundProblem("no event with id " + id)), ifNoneMatch);
    }
}
