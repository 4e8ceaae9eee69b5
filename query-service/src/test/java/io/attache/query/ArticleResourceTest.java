package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.attache.testing.Sql;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void anUnknownIdIsA404Problem() {
        given().get("/api/v1/articles/art_does_not_exist")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "type", equalTo("urn:attache:problem:not-found"),
                        "detail", containsString("art_does_not_exist"), "instance", equalTo("/api/v1/articles/art_does_not_exist"));
    }

    @Test
    void aPendingArticleIsShownPendingWithNothingExtractedYet() {
        String id = "art_q_" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("insert into article (id, title, published_at, text, status) values (?, 'Talks', date '2025-12-04', 'HANOI - talks.', 'pending')", id);
        given().get("/api/v1/articles/" + id)
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id), "status", equalTo("pending"), "publishedAt", equalTo("2025-12-04"),
                        "text", equalTo("HANOI - talks."), "officials", empty(), "events", empty(), "agreements", empty());
    }

    @Test
    void askingForAMediaTypeTheApiCannotProduceIsA406Problem() {
        given().accept("text/xml").get("/api/v1/articles/anything")
                .then().statusCode(406).contentType("application/problem+json");
    }
}
