package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.attache.testing.Sql;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bilateral record is cached (on in this profile, off in the other tests, which write the store directly): a row
 * written without a change is not seen until a change arrives on the topic, then it is; both orders of the two codes
 * share the entry. Malta and Iceland: a pair no other test uses.
 */
@QuarkusTest
@TestProfile(RelationCacheTest.CacheOn.class)
class RelationCacheTest {
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("attache.cache.relations.max-age", "30s");
        }
    }

    private final ChangeLogFixture changeLog = new ChangeLogFixture();

    private static String event(String a, String b) {
        String id = "evt_cache_" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("insert into event (id, kind, date, date_precision, parties_key) values (?, 'talks', date '2020-02-02',"
                + " 'DAY', ?)", id, a + "-" + b);
        Sql.update("insert into event_party (event_id, country) values (?, ?), (?, ?)", id, a, id, b);
        return id;
    }

    private static List<String> events(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getList("events.id", String.class);
    }

    @Test
    void aCachedRelationIsReadAgainAfterAChangeArrives() {
        String first = event("IS", "MT");
        assertThat(events("/api/v1/relations/MT/IS")).contains(first);

        String second = event("IS", "MT"); // written without a change: the cached record does not know it yet
        assertThat(events("/api/v1/relations/MT/IS")).contains(first).doesNotContain(second);
        assertThat(events("/api/v1/relations/IS/MT")).doesNotContain(second);
        // with other parameters it is another view, read now
        assertThat(events("/api/v1/relations/IS/MT?from=2020-01-01")).contains(first, second);

        changeLog.appendAndRelay("event.created", second, Map.of("kind", "talks"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(events("/api/v1/relations/MT/IS")).contains(first, second));
    }

    @Test
    void conditionalRequestsWorkOnCachedViews() {
        event("IS", "MT");
        String tag = given().get("/api/v1/relations/IS/MT?to=2030-01-01").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/relations/MT/IS?to=2030-01-01").then().statusCode(304);
    }
}
