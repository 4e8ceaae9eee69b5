package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {
    private final StoreWorld w = StoreWorld.get();

    @Test
    void anOrganisationHasAliasesAgreementsAndEvidence() {
        int at = w.a1Text.indexOf(w.ministryName);
        given().get("/api/v1/organizations/" + w.ministry).then().statusCode(200)
                .body("name", equalTo(w.ministryName), "kind", equalTo("ministry"), "country", equalTo("VN"),
                        "aliases", contains("M" + w.w.toUpperCase() + "D", w.ministryName),
                        "agreements.id", contains(w.mou),
                        "sources.articleId", contains(w.a1),
                        "sources[0].evidence[0].start", equalTo(at),
                        "sources[0].evidence[0].end", equalTo(at + w.ministryName.length()));
    }

    @Test
    void anUnknownOrganisationIsA404() {
        given().get("/api/v1/organizations/org_none").then().statusCode(404);
    }

    @Test
    void walkingPagesGivesEachOrganisationOnceInNameOrder() {
        java.util.List<String> all = given().queryParam("q", w.w).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        org.assertj.core.api.Assertions.assertThat(Pages.walkIds("/api/v1/organizations?q=" + w.w + "&limit=1"))
                .hasSize(2).isEqualTo(all);
    }

    @Test
    void listFiltersByNameAliasCountryAndKind() {
        given().get("/api/v1/organizations?q=" + w.w).then().statusCode(200)
                // by lower-case name: "<w> defence forum" against "ministry of <w> defence"
                .body("items.id", w.forumName.toLowerCase().compareTo(w.ministryName.toLowerCase()) < 0
                        ? contains(w.forum, w.ministry) : contains(w.ministry, w.forum));
        given().get("/api/v1/organizations?q=m" + w.w + "d").then().statusCode(200).body("items.id", contains(w.ministry));
        given().get("/api/v1/organizations?q=" + w.w + "&kind=international_body").then().statusCode(200)
                .body("items.id", contains(w.forum));
        given().get("/api/v1/organizations?q=" + w.w + "&country=VN").then().statusCode(200)
                .body("items.id", contains(w.ministry));
        given().get("/api/v1/organizations?kind=embassy").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }
}
