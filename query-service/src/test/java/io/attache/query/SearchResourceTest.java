package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void oneSearchFindsEveryKindWithTypedHits() {
        JsonPath hits = given().queryParam("q", w.w).queryParam("limit", 50).get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = hits.getList("hits.id", String.class);
        // organisations by name, events by name, agreements by subject; no official has a word starting with w
        assertThat(ids).contains(w.forum, w.ministry, w.e1, w.mou, w.loi, w.old).doesNotContain(w.namazu);
        assertThat(hits.getString("hits.find { it.id == '" + w.e1 + "' }.type")).isEqualTo("event");
        assertThat(hits.getString("hits.find { it.id == '" + w.mou + "' }.href")).isEqualTo("/api/v1/agreements/" + w.mou);
        assertThat(hits.getString("hits.find { it.id == '" + w.forum + "' }.type")).isEqualTo("organization");
    }

    @Test
    void anExactOfficialNameScoresOneAndComesFirst() {
        JsonPath hits = given().queryParam("q", "koji k" + w.w).queryParam("types", "official").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(hits.getList("hits.type", String.class)).containsOnly("official");
        List<String> ids = hits.getList("hits.id", String.class);
        assertThat(ids).contains(w.kano);
        assertThat(hits.getDouble("hits.find { it.id == '" + w.kano + "' }.score")).isEqualTo(1.0);
        assertThat(hits.getString("hits.find { it.id == '" + w.kano + "' }.label")).isEqualTo(w.kanoName);
    }

    @Test
    void qIsRequiredAndTypesAreChecked() {
        given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "x").queryParam("types", "person").get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        given().queryParam("q", "x").queryParam("limit", "51").get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }
}
