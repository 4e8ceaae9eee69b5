package io.attache.query;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** Walks a collection by following `next` links, as a client would. */
final class Pages {
    private Pages() {
    }

    /** The ids of every item of every page, in order; fails on a page that is not 200 or an endless walk. */
    static List<String> walkIds(String firstUrl) {
        List<String> ids = new ArrayList<>();
        String url = firstUrl;
        for (int pages = 0; url != null; pages++) {
            if (pages > 1000) {
                throw new AssertionError("more than 1000 pages from " + firstUrl);
            }
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            url = page.getString("next");
        }
        return ids;
    }
}
