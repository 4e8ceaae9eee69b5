package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.OfficialView;
import io.attache.query.mapping.Pages.OfficialPage;
import io.attache.query.service.ListFilter;
import io.attache.query.service.OfficialQueryService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/officials")
@Tag(name = "Officials", description = "People holding or having held public office, resolved across articles")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialResource {
    @Inject
    OfficialQueryService officials;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(summary = "List and search officials",
            description = "Officials sorted by folded name, then id. With q: a name search that ignores case, "
                    + "diacritics and name order, and accepts word prefixes (q=chien finds Hoàng Xuân Chiến, q=Koji Kano "
                    + "finds KANO Koji, q=nam finds NAMAZU Hiroyuki), ranked exact full-name matches first, then by "
                    + "trigram similarity." + ApiDocs.PAGING)
    @APIResponse(responseCode = "200", description = "A page of officials",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialPage.class),
                    examples = @ExampleObject(name = "search", value = """
                            {"items": [{"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến", "country": "VN",
                              "rank": "Senior Lieutenant General", "title": "Deputy Minister of National Defence"}],
                             "next": null}""")))
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit too large", value = ApiDocs.INVALID_EXAMPLE)))
    public OfficialPage list(@Context UriInfo uri,
            @Parameter(description = "Name search: case-, diacritic- and order-insensitive, word prefixes match",
                    example = "Koji Kano") @QueryParam("q") String q,
            @Parameter(description = ApiDocs.COUNTRY, example = "VN") @QueryParam("country") String country,
            @Parameter(description = "Only officials holding a post in this organisation (organisation id)",
                    example = "org_0a1b2c3d4e5f6a7b8c9d") @QueryParam("organization") String organization,
            @Parameter(description = ApiDocs.LIMIT, example = "20") @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") String cursor) {
        ListFilter filter = new ListFilter(QueryParams.q(q), QueryParams.country(country, "country"), null, null, null,
                null, QueryParams.id(organization), null);
        var page = officials.list(filter, QueryParams.cursor(cursor), QueryParams.limit(limit));
        return new OfficialPage(page.items(), PageLinks.next(uri, page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an official",
            description = "Everything known of one official: display name, country, rank, every alias seen (how often, "
                    + "first and last seen), posts grouped by canonical title with each printed wording and when it was "
                    + "seen, events participated in with the role, agreements signed, the source articles with the "
                    + "spans and sentences that name the official, and the resolution record (why each article's "
                    + "mention was merged into this official)." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The official",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialView.class),
                    examples = @ExampleObject(name = "official", value = """
                            {"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến", "asciiName": "hoang xuan chien",
                             "country": "VN", "rank": "Senior Lieutenant General",
                             "aliases": [{"alias": "Hoàng Xuân Chiến", "timesSeen": 1, "firstSeen": "2025-12-04",
                                          "lastSeen": "2025-12-04"}],
                             "posts": [{"title": "Deputy Minister of National Defence",
                                        "printed": ["Deputy Minister of National Defence"],
                                        "organization": "Ministry of National Defence", "firstSeen": "2025-12-04",
                                        "lastSeen": "2025-12-04"}],
                             "events": [{"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation", "date": "2025-12-04",
                                         "city": "Tokyo", "hostCountry": "JP", "parties": ["JP", "VN"],
                                         "role": "head_of_delegation"}],
                             "agreements": [],
                             "sources": [{"articleId": "art_05ca08864f6258c19055d355", "title": "Viet Nam, Japan hold talks",
                                          "publishedAt": "2025-12-04", "evidence": [{"text": "Hoàng Xuân Chiến",
                                          "start": 112, "end": 128, "sentence": "Senior Lieutenant General Hoàng Xuân Chiến ..."}]}],
                             "resolution": [{"articleId": "art_05ca08864f6258c19055d355", "decision": "created", "score": 1.0,
                                             "features": {"nameKey": "chien-hoang-xuan", "country": "VN"}}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No official has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "The official's store-wide id", example = "off_3f2a9c0d1e4b5a6c7d8e")
            @PathParam("id") String id) {
        return caching.ok(officials.find(id).orElseThrow(() -> new NotFoundProblem("no official with id " + id)), ifNoneMatch);
    }
}
