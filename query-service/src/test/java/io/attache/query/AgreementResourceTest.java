package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void anAgreementHasPartiesSignatoriesEventAndSourcesWithTheirOwnStatus() {
        given().get("/api/v1/agreements/" + w.mou).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=30"))
                .body("kind", equalTo("memorandum_of_understanding"), "subject", equalTo("cooperation in search and rescue " + w.w),
                        "parties", contains("JP", "VN"), "date", equalTo("2019-06-04"), "datePrecision", equalTo("day"),
                        "status", equalTo("signed_in_this_event"),
                        "organizations", contains(java.util.stream.Stream.of("Ministry of Defense (JP)", w.ministryName + " (VN)")
                                .sorted().toArray(String[]::new)), // listed in name order
                        "signatories.id", contains(w.kano), "signatories[0].name", equalTo(w.kanoName),
                        "event.id", equalTo(w.e1), "event.city", equalTo("Tokyo"),
                        "sources.articleId", contains(w.a2, w.a1),
                        "sources.status", contains("referenced", "signed_in_this_event"),
                        "sources[1].evidence[0].text", equalTo("a memorandum of understanding"),
                        "resolution[0].features.kind", equalTo("memorandum_of_understanding"));
    }

    @Test
    void anUnknownAgreementIsA404() {
        given().get("/api/v1/agreements/agr_none").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void filters() {
        String base = "/api/v1/agreements?q=" + w.w;
        // date desc, then id: "agr_loi_" < "agr_mou_"
        given().get(base).then().statusCode(200).body("items.id", contains(w.loi, w.mou, w.old));
        given().get(base + "&kind=letter_of_intent").then().statusCode(200).body("items.id", contains(w.loi));
        given().get(base + "&country=US").then().statusCode(200).body("items.id", contains(w.old));
        given().get(base + "&status=referenced").then().statusCode(200).body("items.id", contains(w.old));
        given().get(base + "&to=2015-01-01").then().statusCode(200).body("items.id", contains(w.old));
        given().queryParam("q", "search rescue " + w.w).get("/api/v1/agreements").then().statusCode(200).body("items.id", contains(w.mou));
        // kano signed the MoU; both attended the event where both were signed; nobody signed the old one
        given().get("/api/v1/agreements?official=" + w.kano).then().statusCode(200).body("items.id", contains(w.loi, w.mou));
        given().get("/api/v1/agreements?organization=" + w.ministry).then().statusCode(200).body("items.id", contains(w.mou));
        given().get("/api/v1/agreements?official=" + w.chien).then().statusCode(200)
                .body("items.id", containsInAnyOrder(w.mou, w.loi));
    }

    @Test
    void walkingPagesGivesEachAgreementOnce() {
        assertThat(Pages.walkIds("/api/v1/agreements?q=" + w.w + "&limit=1")).hasSize(3).doesNotHaveDuplicates()
                .containsExactly(w.loi, w.mou, w.old);
    }

    @Test
    void invalidParametersAreNamed() {
        for (String[] bad : List.of(new String[] {"kind", "mou"}, new String[] {"status", "signed"},
                new String[] {"from", "2025"}, new String[] {"limit", "-1"})) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/agreements").then().statusCode(400)
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }
}
