package io.attache.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoldenSamplesTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void articleSubmittedSampleRoundTripsWithoutLoss() throws Exception {
        String json = GoldenSamples.read(GoldenSamples.ARTICLE_SUBMITTED);
        CloudEvent<ArticleSubmitted> event = mapper.readValue(json, new TypeReference<>() {
        });
        assertThat(event.specversion()).isEqualTo(CloudEvent.SPEC_VERSION);
        assertThat(event.type()).isEqualTo(EventTypes.ARTICLE_SUBMITTED);
        assertThat(event.subject()).isEqualTo(event.data().id());
        assertThat(event.data().schemaVersion()).isEqualTo(ArticleSubmitted.SCHEMA_VERSION);
        assertThat(event.data().publishedAt()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void changeSamplesRoundTripAndNameKnownTypes() throws Exception {
        for (String name : new String[] {GoldenSamples.CHANGE_OFFICIAL_CREATED, GoldenSamples.CHANGE_ARTICLE_PROCESSED}) {
            String json = GoldenSamples.read(name);
            CloudEvent<ChangeEvent> event = mapper.readValue(json, new TypeReference<>() {
            });
            assertThat(EventTypes.CHANGE_TYPES).contains(event.type());
            assertThat(event.data().type()).isEqualTo(event.type());
            assertThat(event.subject()).isEqualTo(event.data().entityId());
            assertThat(event.data().sequence()).isPositive();
            assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(mapper.readTree(json));
        }
    }

    @Test
    void readersIgnoreFieldsAddedLater() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_SUBMITTED));
        tree.put("futureAttribute", "x");
        ((ObjectNode) tree.get("data")).put("futureField", 7);
        CloudEvent<ArticleSubmitted> event = mapper.convertValue(tree, new TypeReference<>() {
        });
        assertThat(event.data().text()).startsWith("HANOI");
    }

    @Test
    void entityKindIsThePrefixOfTheType() {
        assertThat(EventTypes.entityKind(EventTypes.OFFICIAL_MERGED)).isEqualTo("official");
        assertThat(EventTypes.entityKind(EventTypes.ARTICLE_PROCESSED)).isEqualTo("article");
    }
}
