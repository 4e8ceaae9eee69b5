package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void aCountryHasCountsAndFirstPages() {
        JsonPath vn = given().get("/api/v1/countries/vn").then().statusCode(200)
                .header("ETag", containsString("\"")).extract().jsonPath();
        assertThat(vn.getString("code")).isEqualTo("VN");
        assertThat(vn.getString("name")).isEqualTo("Vietnam");
        assertThat(vn.getLong("eventCount")).isGreaterThanOrEqualTo(6);
        assertThat(vn.getLong("agreementCount")).isGreaterThanOrEqualTo(3);
        assertThat(vn.getLong("officialCount")).isGreaterThanOrEqualTo(1);
        assertThat(vn.getList("events.items")).hasSizeLessThanOrEqualTo(20).isNotEmpty();
        assertThat(vn.getList("officials.items.country", String.class)).containsOnly("VN");
        if (vn.getLong("eventCount") > 20) {
            assertThat(vn.getString("events.next")).startsWith("/api/v1/events?country=VN&");
            assertThat(given().urlEncodingEnabled(false).get(vn.getString("events.next")).then().statusCode(200)
                    .extract().jsonPath().getList("items")).isNotEmpty();
        } else {
            assertThat(vn.getString("events.next")).isNull();
        }
    }

    @Test
    void anInvalidCountryCodeIsA400NamingIt() {
        given().get("/api/v1/countries/ZZ").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().get("/api/v1/relations/JP/XX").then().statusCode(400).body("errors[0].field", equalTo("b"));
        given().get("/api/v1/relations/JP/jp").then().statusCode(400).body("errors[0].field", equalTo("b"));
    }

    @Test
    void aRelationListsBilateralEventsAndAgreementsInDateOrderWithTheOfficials() {
        JsonPath rel = given().get("/api/v1/relations/VN/JP?from=2019-01-01").then().statusCode(200).extract().jsonPath();
        assertThat(rel.getList("countries", String.class)).containsExactly("JP", "VN");
        List<String> events = rel.getList("events.id", String.class);
        // e1 and e3 are JP-VN; e2 (US-VN) and e4 (AU-VN) are not; e5 is undated (excluded by from)
        assertThat(events).contains(w.e3, w.e1).doesNotContain(w.e2, w.e4, w.e5);
        assertThat(events.indexOf(w.e3)).isLessThan(events.indexOf(w.e1));
        assertThat(rel.getList("agreements.id", String.class)).contains(w.mou, w.loi).doesNotContain(w.old);
        assertThat(rel.getLong("officials.find { it.id == '" + w.chien + "' }.events")).isEqualTo(2);
        assertThat(rel.getLong("officials.find { it.id == '" + w.kano + "' }.agreements")).isEqualTo(1);
        List<String> dates = rel.getList("events.date", String.class);
        assertThat(dates).isSorted();

        List<String> all = given().get("/api/v1/relations/JP/VN").then().statusCode(200).extract().jsonPath()
                .getList("events.id", String.class);
        assertThat(all).contains(w.e5);
    }
}
