package io.attache.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import io.attache.testing.SseClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreamResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/api/v1/stream")
    URL stream;

    private final ChangeLogFixture changeLog = new ChangeLogFixture();
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void close() {
        changeLog.close();
    }

    @Test
    void aClientResumingFromLastEventIdGetsWhatItMissedThenLiveChangesInOrder() throws Exception {
        long before = changeLog.latest();
        ChangeEvent missed1 = changeLog.append("official.created", "off_" + UUID.randomUUID(), Map.of("country", "VN"));
        ChangeEvent missed2 = changeLog.append("event.created", "evt_" + UUID.randomUUID(), Map.of("parties", List.of("JP", "VN")));

        try (SseClient client = new SseClient(stream.toString(), Long.toString(before))) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.awaitEvents(2, WAIT)).extracting(SseClient.Event::id)
                    .containsExactly(seq(missed1), seq(missed2));
            ChangeEvent live = changeLog.appendAndRelay("agreement.created", "agr_" + UUID.randomUUID(), Map.of());
            List<SseClient.Event> events = client.awaitEvents(3, WAIT);
            assertThat(events).extracting(SseClient.Event::id).containsExactly(seq(missed1), seq(missed2), seq(live));
            SseClient.Event last = events.get(2);
            assertThat(last.name()).isEqualTo("agreement.created");
            JsonNode data = mapper.readTree(last.data());
            assertThat(data.get("specversion").asText()).isEqualTo("1.0");
            assertThat(data.get("id").asText()).isEqualTo("change-" + live.sequence());
            assertThat(data.get("subject").asText()).isEqualTo(live.entityId());
            assertThat(data.at("/data/sequence").asLong()).isEqualTo(live.sequence());
        }
    }

    @Test
    void aClientDisconnectedMidBurstResumesWithoutGapOrDuplicate() {
        long before = changeLog.latest();
        List<Long> received = new ArrayList<>();
        int burst = 60;
        try (SseClient first = new SseClient(stream.toString(), Long.toString(before))) {
            first.awaitEvents(0, Duration.ofMillis(300));
            for (int i = 0; i < burst; i++) {
                changeLog.appendAndRelay("official.updated", "off_burst_" + i, Map.of("i", i));
            }
            first.awaitEvents(burst / 3, WAIT);
            first.close(); // mid-burst, or just after it: either way the rest must come on reconnect
            first.events().forEach(e -> received.add(Long.parseLong(e.id())));
        }
        assertThat(received).isNotEmpty();
        String lastSeen = Long.toString(received.get(received.size() - 1));
        try (SseClient second = new SseClient(stream.toString(), lastSeen)) {
            second.awaitEvents(burst - received.size(), WAIT).forEach(e -> received.add(Long.parseLong(e.id())));
        }
        assertThat(received).containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + burst).boxed().toList());
    }

    @Test
    void filtersByKindAndCountry() {
        long before = changeLog.latest();
        changeLog.append("official.created", "off_" + UUID.randomUUID(), Map.of("country", "JP"));
        ChangeEvent wanted = changeLog.append("official.updated", "off_" + UUID.randomUUID(), Map.of("country", "VN"));
        changeLog.append("event.created", "evt_" + UUID.randomUUID(), Map.of("parties", List.of("VN", "JP")));
        ChangeEvent wantedEvent = changeLog.append("event.updated", "evt_" + UUID.randomUUID(),
                Map.of("parties", List.of("VN", "KR")));
        try (SseClient officials = new SseClient(stream + "?types=official&country=vn", Long.toString(before));
                SseClient events = new SseClient(stream + "?types=event.updated", Long.toString(before))) {
            assertThat(officials.awaitEvents(1, WAIT)).extracting(SseClient.Event::id).containsExactly(seq(wanted));
            assertThat(events.awaitEvents(1, WAIT)).extracting(SseClient.Event::id).containsExactly(seq(wantedEvent));
            // nothing else arrives: the heartbeat (1 s in tests) shows the stream is alive meanwhile
            officials.awaitEvents(2, Duration.ofMillis(1500));
            assertThat(officials.events()).hasSize(1);
            assertThat(officials.comments()).contains("heartbeat");
        }
    }

    @Test
    void withoutLastEventIdTheStreamStartsFromNow() {
        changeLog.append("official.created", "off_" + UUID.randomUUID(), Map.of());
        try (SseClient client = new SseClient(stream.toString(), null)) {
            client.awaitEvents(0, Duration.ofMillis(500));
            ChangeEvent live = changeLog.appendAndRelay("official.created", "off_" + UUID.randomUUID(), Map.of());
            assertThat(client.awaitEvents(1, WAIT)).extracting(SseClient.Event::id).containsExactly(seq(live));
        }
    }

    @Test
    void anInvalidLastEventIdIsA400ProblemNamingIt() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream").get("/api/v1/stream")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }

    @Test
    void anUnknownTypeFilterIsA400ProblemNamingIt() {
        given().queryParam("types", "weather").accept("text/event-stream").get("/api/v1/stream")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("types"));
    }

    private static String seq(ChangeEvent change) {
        return Long.toString(change.sequence());
    }
}
