package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfficialResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void anOfficialHasAliasesPostsEventsSourcesAndResolution() {
        given().get("/api/v1/officials/" + w.chien)
                .then().statusCode(200).contentType("application/json")
                .body("name", equalTo(w.chienName), "asciiName", equalTo("hoang xuan chien do" + w.w),
                        "country", equalTo("VN"), "rank", equalTo("Senior Lieutenant General"),
                        // most seen first
                        "aliases.alias", contains(w.chienName, "Chiến"),
                        "aliases[0].timesSeen", equalTo(2), "aliases[0].firstSeen", equalTo("2019-06-04"),
                        "aliases[0].lastSeen", equalTo("2019-06-05"),
                        // one post per canonical title, with both wordings; most recently seen first
                        "posts.title", contains("Deputy Minister of National Defence", "Member", "Chief of the General Staff"),
                        "posts[0].printed", containsInAnyOrder("Deputy Minister of National Defence", "Vice Minister of Defense"),
                        "posts[0].organization", equalTo(w.ministryName),
                        "posts[0].firstSeen", equalTo("2019-06-04"), "posts[0].lastSeen", equalTo("2019-06-05"),
                        "posts[2].lastSeen", equalTo("2016-06-30"),
                        "events.id", contains(w.e1, w.e2, w.e3, w.e4, w.e5, w.e6),
                        "events[0].role", equalTo("head_of_delegation"),
                        "events[0].parties", contains("JP", "VN"),
                        "sources.articleId", contains(w.a2, w.a1),
                        "sources[1].url", equalTo("https://news.example.org/" + w.a1),
                        "sources[1].evidence.text", contains(w.chienName, "Chiến"),
                        "sources[1].evidence[0].sentence", equalTo(w.sentence1),
                        "sources[0].evidence[0].text", equalTo("Hoang Xuan Chien Do" + w.w),
                        "resolution.articleId", containsInAnyOrder(w.a1, w.a2),
                        "resolution.find { it.articleId == '" + w.a2 + "' }.decision", equalTo("matched"),
                        "resolution.find { it.articleId == '" + w.a2 + "' }.score", equalTo(0.8f),
                        "resolution.find { it.articleId == '" + w.a2 + "' }.features.country",
                        containsString("only official with this full name"));
    }

    @Test
    void anOfficialListsTheAgreementsTheySigned() {
        given().get("/api/v1/officials/" + w.kano).then().statusCode(200)
                .body("agreements.id", contains(w.mou), "events.id", contains(w.e1), "events[0].role", equalTo("host"));
    }

    @Test
    void anUnknownOfficialIsA404Problem() {
        given().get("/api/v1/officials/off_nobody_" + w.s).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:attache:problem:not-found"), "detail", containsString("off_nobody_" + w.s));
    }

    @Test
    void anOfficialHasAnETagAnd304() {
        String etag = given().get("/api/v1/officials/" + w.chien).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=30")).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/api/v1/officials/" + w.chien).then().statusCode(304);
        // another official, another tag
        String other = given().get("/api/v1/officials/" + w.kano).then().statusCode(200).extract().header("ETag");
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void conditionalGetUnderstandsWeakAndListedTags() {
        String etag = given().get("/api/v1/officials/" + w.kano).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + etag).get("/api/v1/officials/" + w.kano).then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + etag).get("/api/v1/officials/" + w.kano).then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/v1/officials/" + w.kano).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/officials/" + w.kano).then().statusCode(200)
                .header("ETag", equalTo(etag));
    }

    @Test
    void anOtherSpellingInSearchTextIsFound() {
        // chien's search_text also holds "hoang xuan chien do<w>" as printed without diacritics
        given().queryParam("q", "Hoang Xuan Chien Do" + w.w).get("/api/v1/officials").then().statusCode(200)
                .body("items.id", contains(w.chien));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        given().queryParam("q", "chien do" + w.w).get("/api/v1/officials").then().statusCode(200)
                .body("items.id", contains(w.chien));
        given().queryParam("q", "CHIẾN ĐỒ" + w.w.toUpperCase()).get("/api/v1/officials").then().statusCode(200)
                .body("items.id", contains(w.chien));
    }

    @Test
    void searchIgnoresNameOrderAndRanksTheExactNameFirst() {
        List<String> ids = given().queryParam("q", "Koji K" + w.w).queryParam("limit", 100).get("/api/v1/officials")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        // "KANO Koji" exactly, then "Koji Kano Tanaka" (all tokens) and "Kojiro Kano" (prefix): all found
        assertThat(ids).contains(w.kano, w.kanoLonger, w.kojiro);
        assertThat(ids.indexOf(w.kano)).isLessThan(ids.indexOf(w.kanoLonger));
        assertThat(ids.indexOf(w.kano)).isLessThan(ids.indexOf(w.kojiro));
        assertThat(ids).doesNotContain(w.chien, w.namazu);
    }

    @Test
    void searchMatchesWordPrefixesButNotTheMiddleOfWords() {
        given().queryParam("q", "n" + w.w.substring(0, 3)).queryParam("limit", 100).get("/api/v1/officials")
                .then().statusCode(200).body("items.id", hasItem(w.namazu));
        given().queryParam("q", "hiroyuki N" + w.w.substring(0, 4)).get("/api/v1/officials")
                .then().statusCode(200).body("items.id", contains(w.namazu));
        // the random word is inside "n<w>", not at its start: no match
        given().queryParam("q", w.w).queryParam("limit", 100).get("/api/v1/officials")
                .then().statusCode(200).body("items.id", not(hasItem(w.namazu)));
    }

    @Test
    void officialsOfAnOrganisationWalkInNameOrderEachOnce() {
        List<String> ids = Pages.walkIds("/api/v1/officials?organization=" + w.forum + "&limit=2");
        // by folded (ascii) name, byte order
        java.util.TreeMap<String, String> byAsciiName = new java.util.TreeMap<>(java.util.Map.of(
                "hiroyuki n" + w.w, w.namazu, "hoang xuan chien do" + w.w, w.chien, "k" + w.w + " koji", w.kano,
                "koji k" + w.w + " tanaka", w.kanoLonger, "kojiro k" + w.w, w.kojiro));
        assertThat(ids).containsExactlyElementsOf(byAsciiName.values());
    }

    @Test
    void rankedSearchPagesAreStableToo() {
        List<String> all = given().queryParam("q", "Koji K" + w.w).queryParam("limit", 100).get("/api/v1/officials")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(Pages.walkIds("/api/v1/officials?q=Koji%20K" + w.w + "&limit=1")).isEqualTo(all);
    }

    @Test
    void countryFilters() {
        given().queryParam("organization", w.forum).queryParam("country", "vn").get("/api/v1/officials")
                .then().statusCode(200).body("items.id", contains(w.chien),
                        "items[0].title", equalTo("Deputy Minister of National Defence"), "next", equalTo(null));
    }

    @Test
    void invalidParametersAreNamed() {
        for (String[] bad : List.of(new String[] {"limit", "101"}, new String[] {"limit", "0"}, new String[] {"limit", "x"},
                new String[] {"country", "ZZ"}, new String[] {"country", "Viet Nam"}, new String[] {"cursor", "!!"},
                new String[] {"cursor", "ZXZlbnRzOmRhdGUKMjAyNS0xMi0wNApldnRfMQ"}, new String[] {"q", "!!!"})) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/officials").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:attache:problem:invalid-parameter"), "errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void theLimitCapIsAHundred() {
        given().queryParam("limit", 100).get("/api/v1/officials").then().statusCode(200);
        given().queryParam("limit", 101).get("/api/v1/officials").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"), "detail", containsString("100"));
    }
}
