package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.OrganizationView;
import io.attache.query.mapping.Pages.OrganizationPage;
import io.attache.query.service.ListFilter;
import io.attache.query.service.OrganizationQueryService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Ministries, parties, parliaments, armed forces, international bodies")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    @Inject
    OrganizationQueryService organizations;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(summary = "List organisations",
            description = "Organisations sorted by name (case-insensitive), then id; filter by country, kind or words "
                    + "of the name and aliases." + ApiDocs.PAGING)
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationPage.class),
                    examples = @ExampleObject(name = "page", value = """
                            {"items": [{"id": "org_0a1b2c3d4e5f6a7b8c9d", "name": "Ministry of National Defence",
                              "kind": "ministry", "country": "VN"}], "next": null}""")))
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit too large", value = ApiDocs.INVALID_EXAMPLE)))
    public OrganizationPage list(@Context UriInfo uri,
            @Parameter(description = "Words of the name or an alias (all must match)", example = "defence")
            @QueryParam("q") String q,
            @Parameter(description = ApiDocs.COUNTRY, example = "VN") @QueryParam("country") String country,
            @Parameter(description = "ministry, party, parliament, armed_forces, alliance, international_body, "
                    + "government or other", example = "ministry") @QueryParam("kind") String kind,
            @Parameter(description = ApiDocs.LIMIT, example = "20") @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") String cursor) {
        ListFilter filter = new ListFilter(QueryParams.q(q), QueryParams.country(country, "country"),
                QueryParams.oneOf(kind, Vocabulary.ORGANIZATION_KINDS, "kind"), null, null, null, null, null);
        var page = organizations.list(filter, QueryParams.cursor(cursor), QueryParams.limit(limit));
        return new OrganizationPage(page.items(), PageLinks.next(uri, page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation",
            description = "An organisation with its kind, country, every alias seen, the agreements it signed and the "
                    + "articles naming it with the evidence spans and sentences." + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class),
                    examples = @ExampleObject(name = "organisation", value = """
                            {"id": "org_0a1b2c3d4e5f6a7b8c9d", "name": "Ministry of National Defence", "kind": "ministry",
                             "country": "VN", "aliases": ["Ministry of National Defence", "MND"], "agreements": [],
                             "sources": [{"articleId": "art_05ca08864f6258c19055d355", "evidence": [{"text": "MND",
                                          "start": 40, "end": 43, "sentence": "The MND said ..."}]}]}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No organisation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "The organisation's store-wide id", example = "org_0a1b2c3d4e5f6a7b8c9d")
            @PathParam("id") String id) {
        return caching.ok(organizations.find(id)
                .orElseThrow(() -> new NotFoundProblem("no organization with id " + id)), ifNoneMatch);
    }
}
