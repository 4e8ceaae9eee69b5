package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.EventTypes;
import io.attache.contracts.GoldenSamples;
import io.attache.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is hand-maintained, so it is checked against the code that defines the contract: the topic
 * names ({@link Topics}), the change types ({@link EventTypes#CHANGE_TYPES}) and the golden samples producers and
 * consumers are tested with.
 */
@QuarkusTest
class AsyncApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private JsonNode doc;

    @BeforeEach
    void load() throws Exception {
        // read as served: the document is part of query-service's public surface
        String json = given().get("/asyncapi.json").then().statusCode(200).contentType("application/json")
                .extract().asString();
        doc = MAPPER.readTree(json);
    }

    @Test
    void topicNamesAreTheContractsTopics() {
        assertThat(doc.path("asyncapi").asText()).startsWith("3.");
        assertThat(doc.at("/channels/changes/address").asText()).isEqualTo(Topics.CHANGES);
        assertThat(doc.at("/channels/articles/address").asText()).isEqualTo(Topics.ARTICLES);
        assertThat(doc.at("/channels/articlesDeadLetter/address").asText()).isEqualTo(Topics.ARTICLES_DEAD_LETTER);
        assertThat(doc.at("/channels/changes/bindings/kafka/topic").asText()).isEqualTo(Topics.CHANGES);
        // the ordering guarantee subscribers rely on
        assertThat(doc.at("/channels/changes/bindings/kafka/partitions").asInt()).isEqualTo(1);
    }

    @Test
    void everyChangeTypeIsDocumentedOnTheChangesChannelAndNothingElse() {
        Set<String> onChannel = new TreeSet<>();
        doc.at("/channels/changes/messages").fieldNames().forEachRemaining(onChannel::add);
        assertThat(onChannel).containsExactlyInAnyOrderElementsOf(EventTypes.CHANGE_TYPES);
        List<String> published = new ArrayList<>();
        doc.at("/operations/publishChanges/messages").forEach(m -> published.add(m.path("$ref").asText()));
        for (String type : EventTypes.CHANGE_TYPES) {
            JsonNode message = resolve(doc.at("/channels/changes/messages").path(type));
            assertThat(message.path("name").asText()).as(type).isEqualTo(type);
            assertThat(message.path("summary").asText()).as(type).isNotBlank();
            // the message pins the envelope's and the data's type to its own
            assertThat(message.at("/payload/allOf/1/properties/type/const").asText()).as(type).isEqualTo(type);
            assertThat(message.at("/payload/allOf/1/properties/data/allOf/1/properties/type/const").asText()).as(type)
                    .isEqualTo(type);
            assertThat(published).as(type).contains("#/channels/changes/messages/" + type);
            assertExampleIsConsistent(type, message);
        }
        assertThat(resolve(doc.at("/channels/articles/messages/" + EventTypes.ARTICLE_SUBMITTED.replace("/", "~1")))
                .at("/payload/allOf/1/properties/type/const").asText()).isEqualTo(EventTypes.ARTICLE_SUBMITTED);
    }

    /** Each example is a complete change: the declared envelope and ChangeEvent fields, id change-<seq>, key = subject. */
    private void assertExampleIsConsistent(String type, JsonNode message) {
        JsonNode examples = message.path("examples");
        assertThat(examples.size()).as(type + " examples").isPositive();
        String key = message.at("/bindings/kafka/key/examples/0").asText();
        for (JsonNode example : examples) {
            JsonNode event = example.path("payload");
            assertThat(fieldNames(event)).as(type).containsExactlyInAnyOrderElementsOf(required("CloudEvent"));
            assertThat(fieldNames(event.path("data"))).as(type).containsAll(required("ChangeEvent"));
            assertThat(event.path("type").asText()).isEqualTo(type);
            assertThat(event.at("/data/type").asText()).isEqualTo(type);
            assertThat(event.path("id").asText()).isEqualTo("change-" + event.at("/data/sequence").asLong());
            assertThat(event.path("subject").asText()).isEqualTo(event.at("/data/entityId").asText())
                    .isEqualTo(key);
            assertThat(event.path("source").asText()).isEqualTo(EventTypes.ENTITY_SOURCE);
        }
    }

    @Test
    void theGoldenSamplesHaveExactlyTheDeclaredEnvelope() throws Exception {
        List<String> envelope = required("CloudEvent");
        assertThat(envelope).contains("specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data");
        for (String name : List.of(GoldenSamples.ARTICLE_SUBMITTED, GoldenSamples.CHANGE_OFFICIAL_CREATED,
                GoldenSamples.CHANGE_ARTICLE_PROCESSED)) {
            JsonNode sample = MAPPER.readTree(GoldenSamples.read(name));
            assertThat(fieldNames(sample)).as(name).containsExactlyInAnyOrderElementsOf(envelope);
            String dataSchema = sample.path("type").asText().equals(EventTypes.ARTICLE_SUBMITTED) ? "ArticleSubmitted"
                    : "ChangeEvent";
            assertThat(fieldNames(sample.path("data"))).as(name).containsAll(required(dataSchema));
            // and the sample's data fields are all documented (a field the producer adds must be described)
            assertThat(fieldNames(doc.at("/components/schemas/" + dataSchema + "/properties")))
                    .as(name).containsAll(fieldNames(sample.path("data")));
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private List<String> required(String schema) {
        List<String> names = new ArrayList<>();
        doc.at("/components/schemas/" + schema + "/required").forEach(n -> names.add(n.asText()));
        assertThat(names).as(schema + " required").isNotEmpty();
        return names;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (field.equals("$ref")) {
                    refs.add(node.path(field).asText());
                } else {
                    collectRefs(node.path(field), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
