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
        }));
        assertThat(paths.has("/api/v1/articles/{id}")).isTrue();
        assertThat(paths.has("/api/v1/stream")).isTrue();
        assertThat(problems).isEmpty();
    }
}
