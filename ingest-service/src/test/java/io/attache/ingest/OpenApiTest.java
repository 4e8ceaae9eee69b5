package io.attache.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testing.OpenApiAudit;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theServedDocumentCoversEveryEndpointCompletely() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        assertThat(json).contains("\"/api/v1/articles\"", "\"/api/v1/articles/batch\"");
        assertThat(OpenApiAudit.audit(json, "202")).isEmpty();
    }
}
