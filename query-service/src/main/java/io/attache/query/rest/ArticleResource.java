package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.ArticleView;
import io.attache.query.service.ArticleQueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article",
            description = "The article with its processing status (pending until entity-service has processed it) and "
                    + "the officials, events and agreements extracted from it, with store-wide ids and evidence offsets.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "processed", value = """
                            {"id": "art_5c1b6f0e2a9d4e7c8b3a1f20", "url": "https://news.example.org/2025/12/04/talks",
                             "title": "Two ministers hold talks", "publisher": "Example News", "publishedAt": "2025-12-04",
                             "language": "en", "status": "processed", "receivedAt": "2025-12-04T09:30:00Z",
                             "processedAt": "2025-12-04T09:30:01Z", "text": "HANOI - ...",
                             "officials": [], "events": [], "agreements": []}""")))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = """
                            {"type": "urn:attache:problem:not-found", "title": "Not found", "status": 404,
                             "detail": "no article with id art_000", "instance": "/api/v1/articles/art_000", "errors": []}""")))
    public ArticleView get(@Parameter(description = "The article id returned by the ingest API",
            example = "art_5c1b6f0e2a9d4e7c8b3a1f20") @PathParam("id") String id) {
        return articles.find(id).orElseThrow(() -> new NotFoundProblem("no article with id " + id));
    }
}
