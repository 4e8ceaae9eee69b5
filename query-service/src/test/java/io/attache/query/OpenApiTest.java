package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testing.OpenApiAudit;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theServedDocumentCoversEveryEndpointCompletely() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        for (String expected : List.of("/api/v1/articles/{id}", "/api/v1/stream", "/api/v1/officials",
                "/api/v1/officials/{id}", "/api/v1/events", "/api/v1/events/{id}", "/api/v1/agreements",
                "/api/v1/agreements/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/search",
                "/api/v1/countries/{code}", "/api/v1/relations/{a}/{b}", "/api/v1/stats/pairs",
                "/api/v1/stats/kinds", "/api/v1/stats/months", "/api/v1/stats/officials")) {
            assertThat(json).as(expected).contains("\"" + expected + "\"");
        }
        assertThat(OpenApiAudit.audit(json, "200")).isEmpty();
    }
}
