package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardTest {

    @Test
    void theDashboardIsServedAtTheRootAndUsesThePublicApi() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("new EventSource('/api/v1/stream')"),
                        containsString("/api/v1/events?limit="), containsString("/api/v1/search?q="));
    }
}
