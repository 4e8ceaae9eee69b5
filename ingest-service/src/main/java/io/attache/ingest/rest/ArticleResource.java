package io.attache.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.Problem;
import io.attache.ingest.mapping.ArticleRequest;
import io.attache.ingest.mapping.BatchRequest;
import io.attache.ingest.mapping.BatchResult;
import io.attache.ingest.mapping.IngestResult;
import io.attache.ingest.service.ArticleIngestService;
import io.attache.ingest.service.InvalidArticleException;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ingest API. The body is read as text and parsed here, so that malformed JSON and wrong field types get a
 * precise problem detail instead of a generic framework error.
 */
@Path("/api/v1/articles")
@Tag(name = "Articles", description = "Submit news articles for extraction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    @Inject
    ArticleIngestService ingest;
    @Inject
    ObjectMapper mapper;

    @POST
    @Operation(summary = "Submit one article",
            description = "Validates the article, assigns its stable id (normalised URL, else content hash), publishes it "
                    + "to attache.articles.v1 and answers once the broker acknowledged. Submitting the same article "
                    + "again answers the same id with duplicate=true and reprocesses nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "article", value = """
                    {"url": "https://news.example.org/2025/12/04/talks", "publisher": "Example News",
                     "publishedAt": "2025-12-04", "text": "TOKYO, December 4 - Japan and Viet Nam held talks ..."}""")))
    @APIResponse(responseCode = "202", description = "Accepted: queued for processing, or a duplicate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class),
                    examples = @ExampleObject(name = "accepted",
                            value = "{\"id\": \"art_5c1b6f0e2a9d4e7c8b3a1f20\", \"status\": \"pending\", \"duplicate\": false}")))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "blank text", value = """
                            {"type": "urn:attache:problem:invalid-article", "title": "Invalid article", "status": 400,
                             "detail": "text must not be blank", "instance": "/api/v1/articles",
                             "errors": [{"field": "text", "message": "must not be blank"}]}""")))
    @APIResponse(responseCode = "413", description = "The article is larger than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The store or the broker is unavailable; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(String body) {
        IngestResult result = ingest.ingest(parse(body, ArticleRequest.class));
        return Response.accepted(result).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Submit many articles",
            description = "Validates every article first; if any is invalid nothing is published and the problem "
                    + "names each invalid field as articles[i].field. Otherwise publishes all and answers one result "
                    + "per article, in order, once the broker acknowledged them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "two articles", value = """
                    {"articles": [{"text": "HANOI - Minister ... held talks ..."},
                                  {"url": "https://news.example.org/a2", "text": "CANBERRA - ..."}]}""")))
    @APIResponse(responseCode = "202", description = "Accepted, one result per article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "accepted", value = """
                            {"results": [{"id": "art_5c1b6f0e2a9d4e7c8b3a1f20", "status": "pending", "duplicate": false},
                                         {"id": "art_0d9e8f7a6b5c4d3e2f1a0b9c", "status": "processed", "duplicate": true}]}""")))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many articles, or one too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The store or the broker is unavailable; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitBatch(String body) {
        BatchRequest batch = parse(body, BatchRequest.class);
        List<IngestResult> results = ingest.ingestBatch(batch.articles());
        return Response.accepted(new BatchResult(results)).build();
    }

    private <T> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("the request body is empty; a JSON object is required", List.of());
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new InvalidArticleException("the request body is JSON null; a JSON object is required", List.of());
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line %d, column %d".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new InvalidArticleException("malformed JSON" + where + ": " + e.getOriginalMessage(), List.of());
        }
    }
}
