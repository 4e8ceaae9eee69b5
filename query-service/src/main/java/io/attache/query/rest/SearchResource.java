package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.mapping.SearchView;
import io.attache.query.service.SearchService;
import io.attache.query.service.Vocabulary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Tag(name = "Search", description = "One search box over officials, organisations, events and agreements")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final int DEFAULT_PER_TYPE = 5;
    private static final int MAX_PER_TYPE = 50;

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Search everything",
            description = "Typed hits with ids, best first: officials by name (case-, diacritic- and order-insensitive, "
                    + "word prefixes; an exact full name scores 1), organisations by name or alias, events by name, "
                    + "city or kind, agreements by subject. Each kind contributes at most `limit` hits; follow `href`.")
    @APIResponse(responseCode = "200", description = "The hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchView.class),
                    examples = @ExampleObject(name = "chien", value = """
                            {"q": "chien", "hits": [{"type": "official", "id": "off_3f2a9c0d1e4b5a6c7d8e",
                              "label": "Hoàng Xuân Chiến", "detail": "VN", "score": 0.4,
                              "href": "/api/v1/officials/off_3f2a9c0d1e4b5a6c7d8e"}]}""")))
    @APIResponse(responseCode = "400", description = "q missing or empty, or an invalid types or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchView search(
            @Parameter(description = "What to look for (required)", required = true, example = "chien")
            @QueryParam("q") String q,
            @Parameter(description = "Comma-separated kinds to search: official, organization, event, agreement "
                    + "(default all)", example = "official,event") @QueryParam("types") String types,
            @Parameter(description = "Hits per kind, 1 to 50 (default 5)", example = "5") @QueryParam("limit") String limit) {
        return search.search(QueryParams.requiredQ(q), types(types), perType(limit));
    }

    private static Set<String> types(String value) {
        if (value == null || value.isBlank()) {
            return Vocabulary.SEARCH_TYPES;
        }
        Set<String> types = Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> QueryParams.oneOf(t, Vocabulary.SEARCH_TYPES, "types")).collect(Collectors.toSet());
        return types.isEmpty() ? Vocabulary.SEARCH_TYPES : types;
    }

    private static int perType(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PER_TYPE;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_PER_TYPE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new InvalidParameterProblem("limit", "limit must be a whole number between 1 and " + MAX_PER_TYPE);
    }
}
