package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void anEventHasPartiesParticipantsTopicsAgreementsSourcesAndResolution() {
        given().get("/api/v1/events/" + w.e1).then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("kind", equalTo("consultation"), "name", equalTo("first " + StoreWorld.cap(w.w)
                                + " Vice-Ministerial Consultation"),
                        "date", equalTo("2019-06-04"), "datePrecision", equalTo("day"), "city", equalTo("Tokyo"),
                        "hostCountry", equalTo("JP"), "parties", contains("JP", "VN"),
                        // the host first, then heads of delegation
                        "participants.officialId", contains(w.kano, w.chien),
                        "participants.role", contains("host", "head_of_delegation"),
                        "participants[1].name", equalTo(w.chienName),
                        "topics", contains("search and rescue", "training"),
                        "agreements.id", containsInAnyOrder(w.mou, w.loi),
                        "sources.articleId", contains(w.a2, w.a1),
                        "sources[1].evidence[0].sentence", equalTo(w.sentence1),
                        "resolution.decision", contains("created", "matched"),
                        "resolution[1].features.date", equalTo("same day"));
    }

    @Test
    void anUnknownEventIsA404() {
        given().get("/api/v1/events/evt_none_" + w.s).then().statusCode(404)
                .body("detail", containsString("evt_none_" + w.s));
    }

    @Test
    void anEventAnswers304ToItsETag() {
        String etag = given().get("/api/v1/events/" + w.e1).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/events/" + w.e1).then().statusCode(304);
    }

    @Test
    void walkingAllPagesGivesEveryEventOnceMostRecentFirst() {
        List<String> ids = Pages.walkIds("/api/v1/events?official=" + w.chien + "&limit=2");
        // date desc, ties by id, undated last
        assertThat(ids).containsExactly(w.e1, w.e2, w.e3, w.e4, w.e5, w.e6);
    }

    @Test
    void nextKeepsTheFilters() {
        given().get("/api/v1/events?official=" + w.chien + "&limit=4").then().statusCode(200)
                .body("items", hasSize(4), "next", startsWith("/api/v1/events?"), "next", containsString("official=" + w.chien),
                        "next", containsString("limit=4"), "next", containsString("cursor="));
        given().get("/api/v1/events?official=" + w.chien + "&limit=6").then().statusCode(200)
                .body("items", hasSize(6), "next", equalTo(null));
    }

    @Test
    void filtersByKindCountryAndDates() {
        String base = "/api/v1/events?official=" + w.chien;
        given().get(base + "&kind=consultation").then().statusCode(200).body("items.id", contains(w.e1));
        given().get(base + "&country=us").then().statusCode(200).body("items.id", contains(w.e2));
        given().get(base + "&country=JP").then().statusCode(200).body("items.id", contains(w.e1, w.e3, w.e5));
        given().get(base + "&from=2019-01-01&to=2019-05-31").then().statusCode(200).body("items.id", contains(w.e3));
        given().get(base + "&from=2019-01-01").then().statusCode(200).body("items.id", contains(w.e1, w.e2, w.e3));
        given().get(base + "&to=2018-12-31").then().statusCode(200).body("items.id", contains(w.e4));
        given().get("/api/v1/events?official=" + w.kano).then().statusCode(200).body("items.id", contains(w.e1));
    }

    @Test
    void searchesNamesAndCities() {
        given().queryParam("q", w.w + " consultation").get("/api/v1/events").then().statusCode(200).body("items.id", contains(w.e1));
        given().get("/api/v1/events?official=" + w.chien + "&q=canberra").then().statusCode(200)
                .body("items.id", contains(w.e4));
    }

    @Test
    void invalidParametersAreNamed() {
        for (String[] bad : List.of(new String[] {"kind", "party"}, new String[] {"from", "2025-13-01"},
                new String[] {"from", "04/12/2025"}, new String[] {"to", "yesterday"}, new String[] {"country", "XX"},
                new String[] {"limit", "500"}, new String[] {"cursor", "bm90IGEgY3Vyc29y"})) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/events").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]),
                            "detail", containsString(bad[0]));
        }
        given().get("/api/v1/events?from=2019-06-05&to=2019-06-04").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
