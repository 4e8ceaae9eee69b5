package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasASummaryADescriptionAndDocumentedErrors() throws Exception {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<String> problems = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("summary")) {
                problems.add(where + " has no summary");
            }
            if (!operation.hasNonNull("description")) {
                problems.add(where + " has no description");
            }
            JsonNode responses = operation.path("responses");
            if (!responses.has("200")) {
                problems.add(where + " does not document 200");
            }
            boolean documentsAnError = false;
            for (String code : List.of("400", "404", "429")) {
                documentsAnError |= responses.has(code);
            }
            if (!documentsAnError) {
                problems.add(where + " documents no error response");
            }
            operation.path("parameters").forEach(parameter -> {
                if (!parameter.hasNonNull("description") || parameter.get("description").asText().isBlank()) {
                    problems.add(where + " parameter " + parameter.path("name").asText() + " has no description");
                }
            });
            JsonNode ok = responses.path("200").path("content");
            ok.fields().forEachRemaining(media -> {
                if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                    problems.add(where + " has no example of its 200 " + media.getKey() + " response");
                }
                if (media.getKey().equals("application/json") && !media.getValue().has("schema")) {
                    problems.add(where + " has no schema for its 200 response");
                }
            });
            if (path.getKey().contains("{id}") && !responses.has("404")) {
                problems.add(where + " does not document 404 for an unknown id");
            }
        }));
        assertThat(paths.has("/api/v1/articles/{id}")).isTrue();
        assertThat(paths.has("/api/v1/stream")).isTrue();
        for (String expected : List.of("/api/v1/officials", "/api/v1/officials/{id}", "/api/v1/events",
                "/api/v1/events/{id}", "/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/organizations",
                "/api/v1/organizations/{id}", "/api/v1/search", "/api/v1/countries/{code}", "/api/v1/relations/{a}/{b}")) {
            assertThat(paths.has(expected)).as(expected).isTrue();
        }
        assertThat(problems).isEmpty();
    }
}
