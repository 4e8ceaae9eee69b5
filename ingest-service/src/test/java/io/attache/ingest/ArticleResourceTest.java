package io.attache.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.GoldenSamples;
import io.attache.contracts.Topics;
import io.attache.testing.Sql;
import io.attache.testing.TopicWatcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real broker and the real store of the test run. */
@QuarkusTest
class ArticleResourceTest {

    @Inject
    ObjectMapper mapper;

    private TopicWatcher articles;

    @BeforeEach
    void watch() {
        articles = new TopicWatcher(Topics.ARTICLES);
    }

    @AfterEach
    void stopWatching() {
        articles.close();
    }

    @Test
    void anAcceptedArticleIsStoredPendingAndPublishedAsACloudEventKeyedByItsId() throws Exception {
        String url = "https://news.example.org/" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "title", "Talks", "publisher", "Example News", "publishedAt", "2025-12-04",
                        "text", "HANOI - The two foreign ministers held talks on Thursday."))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .body("status", equalTo("pending"), "duplicate", equalTo(false), "id", matchesPattern("art_[0-9a-f]{24}"))
                .extract().path("id");

        assertThat(Sql.single("select status from article where id = ?", id)).isIn("pending", "processed");
        assertThat(Sql.single("select queued from article where id = ?", id)).isEqualTo(true);

        List<ConsumerRecord<String, String>> published = articles.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(10));
        assertThat(published).hasSize(1);
        JsonNode event = mapper.readTree(published.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo("article.submitted");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/url").asText()).isEqualTo(url);
        assertThat(event.at("/data/publishedAt").asText()).isEqualTo("2025-12-04");
        // the producer writes exactly the fields of the golden sample consumers are tested with
        JsonNode golden = mapper.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_SUBMITTED));
        assertThat(fieldNames(event)).isEqualTo(fieldNames(golden));
        assertThat(fieldNames(event.get("data"))).isEqualTo(fieldNames(golden.get("data")));
    }

    @Test
    void theSameArticleTwiceGetsTheSameIdAndIsPublishedOnce() {
        String text = "CANBERRA - Defence ministers met on Monday. " + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/articles").then().statusCode(202).body("duplicate", equalTo(false)).extract().path("id");
        String second = given().contentType(ContentType.JSON).body(Map.of("text", "  " + text + "\n"))
                .post("/api/v1/articles").then().statusCode(202).body("duplicate", equalTo(true)).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(articles.await(r -> first.equals(r.key()), 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aBatchIsAcceptedWithOneResultPerArticleInOrder() {
        String marker = UUID.randomUUID().toString();
        List<String> ids = given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("text", "first " + marker), Map.of("text", "second " + marker),
                        Map.of("text", "first " + marker))))
                .post("/api/v1/articles/batch").then().statusCode(202).extract().path("results.id");
        List<Boolean> duplicates = given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("text", "first " + marker))))
                .post("/api/v1/articles/batch").then().statusCode(202).extract().path("results.duplicate");
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(ids.get(2)).isNotEqualTo(ids.get(1));
        assertThat(duplicates).containsExactly(true);
        assertThat(articles.await(r -> ids.contains(r.key()), 3, Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    void aBatchWithOneInvalidArticlePublishesNothingAndNamesTheField() {
        String marker = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("text", "fine " + marker), Map.of("text", " "))))
                .post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("articles[1].text"));
        assertThat(Sql.count("select count(*) from article where text = ?", "fine " + marker)).isZero();
    }

    @Test
    void blankTextIsA400ProblemNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   ", "title", "x"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "type", equalTo("urn:attache:problem:invalid-article"),
                        "detail", containsString("text must not be blank"), "errors[0].field", equalTo("text"));
    }

    @Test
    void missingTextIsA400Problem() {
        given().contentType(ContentType.JSON).body(Map.of("title", "no body"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("text is required"));
    }

    @Test
    void aPublishedAtThatIsNotADateIsA400ProblemAndNothingIsStored() {
        String text = "Talks " + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "last Thursday"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"), "detail", containsString("'last Thursday' is not a date"));
        assertThat(Sql.count("select count(*) from article where text = ?", text)).isZero();
    }

    @Test
    void malformedJsonIsA400ProblemSayingWhere() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("malformed JSON at line 1"));
    }

    @Test
    void aWrongFieldTypeIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"text\": [\"a\", \"b\"]}")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("malformed JSON"));
    }

    @Test
    void aWrongMediaTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).body("just text")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void anArticleOverTheLimitIsA413ProblemAndNotPublished() {
        String huge = "x".repeat(1_048_577);
        given().contentType(ContentType.JSON).body(Map.of("text", huge))
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("the limit is 1048576 bytes"));
        assertThat(articles.drain(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void anInvalidUrlIsA400Problem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "t", "url", "notaurl"))
                .post("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    private static List<String> fieldNames(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out.stream().sorted().toList();
    }
}
