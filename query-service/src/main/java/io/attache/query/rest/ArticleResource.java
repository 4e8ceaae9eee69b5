package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.ArticleView;
import io.attache.query.service.ArticleQueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Tag(name = "Articles", description = "Articles and what was extracted from them")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ArticleQueryService articles;
    @Inject
    HttpCaching caching;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article",
            description = "The article with its processing status (pending until entity-service has processed it) and "
                    + "the officials, events and agreements extracted from it, with store-wide ids and evidence offsets: "
                    + "officials in order of first mention with the titles, rank and role this article gave them; "
                    + "agreements with the status this article gave them." + ApiDocs.CACHING
                    + " A pending article is sent with Cache-Control: no-cache.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "processed", value = """
                            {"id": "art_5c1b6f0e2a9d4e7c8b3a1f20", "url": "https://news.example.org/2025/12/04/talks",
                             "title": "Two ministers hold talks", "publisher": "Example News", "publishedAt": "2025-12-04",
                             "language": "en", "status": "processed", "receivedAt": "2025-12-04T09:30:00Z",
                             "processedAt": "2025-12-04T09:30:01Z", "text": "HANOI - ...",
                             "officials": [{"id": "off_3f2a9c0d1e4b5a6c7d8e", "name": "Hoàng Xuân Chiến", "country": "VN",
                               "titles": ["Deputy Minister of National Defence"], "rank": "Senior Lieutenant General",
                               "mentions": [{"text": "Hoàng Xuân Chiến", "start": 112, "end": 128}],
                               "printedName": "Hoàng Xuân Chiến", "printedTitles": ["Deputy Minister of National Defence"],
                               "role": "head_of_delegation"}],
                             "events": [{"id": "evt_9a8b7c6d5e4f3a2b1c0d", "kind": "consultation", "date": "2025-12-04",
                               "city": "Tokyo", "hostCountry": "JP", "parties": ["JP", "VN"], "datePrecision": "day", "main": true}],
                             "agreements": [{"id": "agr_1b2c3d4e5f6a7b8c9d0e", "kind": "memorandum_of_understanding",
                               "subject": "cooperation in search and rescue", "parties": ["JP", "VN"],
                               "date": "2025-12-04", "status": "signed_in_this_event"}]}""")))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = """
                            {"type": "urn:attache:problem:not-found", "title": "Not found", "status": 404,
                             "detail": "no article with id art_000", "instance": "/api/v1/articles/art_000", "errors": []}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch, @Parameter(description = "The article id returned by the ingest API",
            example = "art_5c1b6f0e2a9d4e7c8b3a1f20") @PathParam("id") String id) {
        ArticleView article = articles.find(id).orElseThrow(() -> new NotFoundProblem("no article with id " + id));
        // a pending article changes within seconds: clients revalidate (cheaply, by ETag) instead of caching it
        return caching.ok(article, ifNoneMatch, "pending".equals(article.status()) ? 0 : HttpCaching.MAX_AGE);
    }
}
