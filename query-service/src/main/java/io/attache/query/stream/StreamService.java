package io.attache.query.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import io.attache.query.rest.TooManyStreamsProblem;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves SSE streams of changes: replay from change_log after the client's last sequence, then live changes from the
 * Kafka topic. Sequences are gap-free, so a live change that is not the next one tells the session exactly which rows
 * to read from change_log first: a client sees every change once, in order, however it reconnects.
 */
@ApplicationScoped
public class StreamService {
    private static final int REPLAY_PAGE = 500;

    @Inject
    ChangeHub hub;
    @Inject
    ChangeLogReader changeLog;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "attache.stream.heartbeat")
    Duration heartbeat;
    @ConfigProperty(name = "attache.stream.max-connections")
    int maxConnections;
    @ConfigProperty(name = "attache.stream.buffer")
    int bufferSize;

    private final AtomicInteger open = new AtomicInteger();

    @PostConstruct
    void registerGauge() {
        metrics.gauge("attache.stream.open", open);
    }

    /**
     * @param lastEventId the last sequence the client has seen, or null to start from now
     * @return the events to send; cancelled by the framework when the client goes away
     */
    public Multi<OutboundSseEvent> open(Sse sse, Long lastEventId, StreamFilter filter) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            throw new TooManyStreamsProblem("this instance already serves " + maxConnections
                    + " streams; retry later or use the Kafka topic attache.changes.v1");
        }
        Session session = new Session(sse, filter, lastEventId != null ? lastEventId : changeLog.latestSequence());
        Multi<Signal> live = hub.live().onOverflow().buffer(bufferSize).map(c -> new Signal(c, false));
        Multi<Signal> beats = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop().map(t -> Signal.HEARTBEAT);
        // live is subscribed before the catch-up runs: a change committed meanwhile arrives either way, and the
        // sequence check in the session sends it exactly once
        return Multi.createBy().merging().streams(live, beats, Multi.createFrom().item(Signal.CATCH_UP))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(signal -> Multi.createFrom().iterable(session.handle(signal)))
                .onTermination().invoke(open::decrementAndGet);
    }

    /** What wakes a session: catch up from the store, a live change, or time for a heartbeat. */
    private record Signal(ChangeEvent change, boolean heartbeat) {
        static final Signal CATCH_UP = new Signal(null, false);
        static final Signal HEARTBEAT = new Signal(null, true);
    }

    /** One client's position in the change log. Signals reach it one at a time (concatMap). */
    private final class Session {
        private final Sse sse;
        private final StreamFilter filter;
        private long lastSent;

        Session(Sse sse, StreamFilter filter, long start) {
            this.sse = sse;
            this.filter = filter;
            this.lastSent = start;
        }

        List<OutboundSseEvent> handle(Signal signal) {
            List<OutboundSseEvent> out = new ArrayList<>();
            if (signal.heartbeat()) {
                out.add(sse.newEventBuilder().comment("heartbeat").build());
            } else if (signal.change() == null) {
                replayUntil(Long.MAX_VALUE, out);
            } else {
                ChangeEvent change = signal.change();
                if (change.sequence() > lastSent + 1) {
                    replayUntil(change.sequence(), out); // missed while not subscribed yet, or a lagging consumer
                }
                if (change.sequence() == lastSent + 1) {
                    emit(change, out);
                } // else: already sent from the store
            }
            return out;
        }

        private void replayUntil(long before, List<OutboundSseEvent> out) {
            List<ChangeEvent> page;
            do {
                page = changeLog.between(lastSent, before, REPLAY_PAGE);
                page.forEach(change -> emit(change, out));
            } while (page.size() == REPLAY_PAGE);
        }

        private void emit(ChangeEvent change, List<OutboundSseEvent> out) {
            lastSent = change.sequence();
            if (!filter.accepts(change)) {
                return;
            }
            String json;
            try {
                json = mapper.writeValueAsString(change.envelope());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.add(sse.newEventBuilder().id(Long.toString(change.sequence())).name(change.type()).data(json).build());
        }
    }
}
