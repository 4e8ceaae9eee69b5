package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact counts over {@link StatsWorld}: every query is bounded to 1987/1988, which only that fixture uses. */
@QuarkusTest
class StatsResourceTest {
    private static final String YEAR = "from=" + StatsWorld.FROM + "&to=" + StatsWorld.TO;

    @BeforeAll
    static void fixture() {
        StatsWorld.ensure();
    }

    private static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pairsCountEveryPairOfAMultilateralItemAndAreOrderedByTotalThenPair() {
        JsonPath pairs = get("/api/v1/stats/pairs?" + YEAR);
        // e3 (BT-NR-TV) counts for BT-NR, BT-TV and NR-TV; BT-KI and BT-TV tie at 1 and sort by pair
        assertThat(pairs.getList("items.pair", String.class)).containsExactly("BT-NR", "NR-TV", "BT-KI", "BT-TV");
        assertThat(pairs.getMap("items[0]")).containsEntry("events", 3).containsEntry("agreements", 1)
                .containsEntry("total", 4);
        assertThat(pairs.getList("items[0].countries", String.class)).containsExactly("BT", "NR");
        assertThat(pairs.getMap("items[1]")).containsEntry("events", 2).containsEntry("agreements", 1)
                .containsEntry("total", 3);
    }

    @Test
    void pairsFilterByCountryKindDatesAndLimit() {
        // only pairs involving TV: BT-KI and BT-NR are gone
        assertThat(get("/api/v1/stats/pairs?country=tv&" + YEAR).getList("items.pair", String.class))
                .containsExactly("NR-TV", "BT-TV");
        // an event kind counts no agreement
        JsonPath talks = get("/api/v1/stats/pairs?kind=talks&" + YEAR);
        assertThat(talks.getList("items.pair", String.class)).containsExactly("BT-NR", "BT-TV", "NR-TV");
        assertThat(talks.getList("items.agreements", Integer.class)).containsOnly(0);
        assertThat(talks.getList("items.events", Integer.class)).containsExactly(2, 1, 1);
        // an agreement kind counts no event
        JsonPath treaty = get("/api/v1/stats/pairs?kind=TREATY&" + YEAR);
        assertThat(treaty.getList("items.pair", String.class)).containsExactly("NR-TV");
        assertThat(treaty.getMap("items[0]")).containsEntry("events", 0).containsEntry("agreements", 1);
        // a3 is dated 1988
        JsonPath wider = get("/api/v1/stats/pairs?from=1987-01-01&to=1988-12-31&country=BT&limit=1");
        assertThat(wider.getList("items")).hasSize(1);
        assertThat(wider.getMap("items[0]")).containsEntry("pair", "BT-NR").containsEntry("agreements", 2)
                .containsEntry("total", 5);
    }

    @Test
    void kindsCountEventsAndAgreementsByKind() {
        JsonPath kinds = get("/api/v1/stats/kinds?" + YEAR);
        assertThat(kinds.getList("events.kind", String.class)).containsExactly("talks", "meeting", "summit", "visit");
        assertThat(kinds.getList("events.count", Integer.class)).containsExactly(2, 1, 1, 1);
        assertThat(kinds.getList("agreements.kind", String.class)).containsExactly("memorandum_of_understanding", "treaty");

        JsonPath tuvalu = get("/api/v1/stats/kinds?country=TV&" + YEAR);
        assertThat(tuvalu.getList("events.kind", String.class)).containsExactly("summit", "talks");
        assertThat(tuvalu.getList("agreements.kind", String.class)).containsExactly("treaty");

        JsonPath visits = get("/api/v1/stats/kinds?kind=visit&" + YEAR);
        assertThat(visits.getList("events.count", Integer.class)).containsExactly(1);
        assertThat(visits.getList("agreements")).isEmpty();
    }

    @Test
    void monthsAreChronologicalAndLeaveOutYearOnlyDates() {
        JsonPath months = get("/api/v1/stats/months?from=1987-01-01&to=1988-12-31");
        // e5 is dated 1987 with year precision: in no month (1987-01 would be a guess)
        assertThat(months.getList("items.month", String.class))
                .containsExactly("1987-03", "1987-05", "1987-07", "1988-02");
        assertThat(months.getList("items.events", Integer.class)).containsExactly(2, 1, 1, 0);
        assertThat(months.getList("items.agreements", Integer.class)).containsExactly(1, 0, 1, 1);
        assertThat(get("/api/v1/stats/months?country=BT&kind=talks&" + YEAR).getList("items.month", String.class))
                .containsExactly("1987-03", "1987-05");
    }

    @Test
    void officialsAreRankedByEventsPlusAgreements() {
        JsonPath top = get("/api/v1/stats/officials?" + YEAR);
        // BT and TV tie at 3 and sort by name: "Bhoja" before "Copi"
        assertThat(top.getList("items.id", String.class))
                .containsExactly(StatsWorld.NR_OFFICIAL, StatsWorld.BT_OFFICIAL, StatsWorld.TV_OFFICIAL);
        assertThat(top.getMap("items[0]")).containsEntry("events", 4).containsEntry("agreements", 2)
                .containsEntry("total", 6).containsEntry("country", "NR").containsEntry("name", "Aliki Stxnauru");
        assertThat(get("/api/v1/stats/officials?limit=1&" + YEAR).getList("items.id", String.class))
                .containsExactly(StatsWorld.NR_OFFICIAL);
        // the official's country
        assertThat(get("/api/v1/stats/officials?country=tv&" + YEAR).getList("items.id", String.class))
                .containsExactly(StatsWorld.TV_OFFICIAL);
        // kind=visit: NR was at e2 (a visit), and BT signed a1 there without taking part
        JsonPath visit = get("/api/v1/stats/officials?kind=visit&" + YEAR);
        assertThat(visit.getList("items.id", String.class)).containsExactly(StatsWorld.NR_OFFICIAL, StatsWorld.BT_OFFICIAL);
        assertThat(visit.getList("items.events", Integer.class)).containsExactly(1, 0);
        assertThat(visit.getList("items.agreements", Integer.class)).containsExactly(1, 1);
        // a3 (1988) counts once the range covers it
        assertThat(get("/api/v1/stats/officials?country=BT&from=1987-01-01&to=1988-12-31").getInt("items[0].agreements"))
                .isEqualTo(2);
    }

    @Test
    void invalidParametersAre400sNamingThem() {
        for (String[] bad : List.of(new String[] {"pairs?from=1987-13-01", "from"}, new String[] {"pairs?limit=101", "limit"},
                new String[] {"pairs?limit=x", "limit"}, new String[] {"pairs?kind=picnic", "kind"},
                new String[] {"kinds?country=ZZ", "country"}, new String[] {"months?to=87", "to"},
                new String[] {"months?from=1988-01-01&to=1987-01-01", "to"},
                // officials take event kinds only
                new String[] {"officials?kind=treaty", "kind"}, new String[] {"officials?limit=0", "limit"})) {
            given().get("/api/v1/stats/" + bad[0]).then().statusCode(400)
                    .contentType(containsString("problem+json")).body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void aggregatesCarryAnETagAndAnswer304() {
        String etag = given().get("/api/v1/stats/kinds?" + YEAR).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/api/v1/stats/kinds?" + YEAR).then().statusCode(304);
    }
}
