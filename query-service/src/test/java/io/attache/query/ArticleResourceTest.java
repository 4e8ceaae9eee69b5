package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
        Sql.update("insert into article (id, title, published_at, text, status) values (?, 'Talks', date '2019-06-04', 'HANOI - talks.', 'pending')", id);
        given().get("/api/v1/articles/" + id)
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id), "status", equalTo("pending"), "publishedAt", equalTo("2019-06-04"),
                        "text", equalTo("HANOI - talks."), "officials", empty(), "events", empty(), "agreements", empty());
    }

    @Test
    void aProcessedArticleListsItsOfficialsEventsAndAgreementsWithStoreWideIds() {
        StoreWorld w = StoreWorld.get();
        int c1 = w.a1Text.indexOf(w.chienName);
        given().get("/api/v1/articles/" + w.a1)
                .then().statusCode(200)
                .body("status", equalTo("processed"),
                        // officials in order of first mention: Chiến is named before Kano
                        "officials.id", contains(w.chien, w.kano),
                        "officials[0].name", equalTo(w.chienName),
                        "officials[0].country", equalTo("VN"),
                        "officials[0].titles", contains("Deputy Minister of National Defence"),
                        "officials[0].rank", equalTo("Senior Lieutenant General"),
                        "officials[0].role", equalTo("head_of_delegation"),
                        "officials[0].mentions.text", contains(w.chienName, "Chiến"),
                        "officials[0].mentions[0].start", equalTo(c1),
                        "officials[0].mentions[0].end", equalTo(c1 + w.chienName.length()),
                        "officials[1].titles", empty(),
                        // the main event first, though e4 is older
                        "events.id", contains(w.e1, w.e4),
                        "events.main", contains(true, false),
                        "events[0].kind", equalTo("consultation"),
                        "events[0].date", equalTo("2019-06-04"),
                        "events[0].city", equalTo("Tokyo"),
                        "events[0].hostCountry", equalTo("JP"),
                        "events[0].parties", contains("JP", "VN"),
                        "agreements.id", containsInAnyOrder(w.mou, w.loi),
                        "agreements.find { it.id == '" + w.mou + "' }.status", equalTo("signed_in_this_event"),
                        "agreements.find { it.id == '" + w.mou + "' }.parties", contains("JP", "VN"),
                        "agreements.find { it.id == '" + w.mou + "' }.kind", equalTo("memorandum_of_understanding"));
    }

    @Test
    void anAgreementShowsTheStatusThisArticleGaveIt() {
        StoreWorld w = StoreWorld.get();
        given().get("/api/v1/articles/" + w.a2)
                .then().statusCode(200)
                .body("agreements.find { it.id == '" + w.mou + "' }.status", equalTo("referenced"),
                        "agreements.find { it.id == '" + w.old + "' }.date", equalTo("2011-01-01"),
                        // a2 names Chiến (a mention) but has no article_official row: not listed as extracted official
                        "officials", empty(), "events.id", contains(w.e1));
    }

    @Test
    void anArticleHasAnETagAndAnswers304WhenUnchanged() {
        StoreWorld w = StoreWorld.get();
        var first = given().get("/api/v1/articles/" + w.a1).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=30")).extract();
        String etag = first.header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/api/v1/articles/" + w.a1).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/articles/" + w.a1).then().statusCode(200);
    }

    @Test
    void aPendingArticleMustBeRevalidated() {
        String id = "art_q_" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("insert into article (id, text, status) values (?, 'x', 'pending')", id);
        given().get("/api/v1/articles/" + id).then().statusCode(200).header("Cache-Control", containsString("no-cache"));
    }

    @Test
    void askingForAMediaTypeTheApiCannotProduceIsA406Problem() {
        given().accept("text/xml").get("/api/v1/articles/anything")
                .then().statusCode(406).contentType("application/problem+json");
    }
}
