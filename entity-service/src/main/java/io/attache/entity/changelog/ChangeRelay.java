package io.attache.entity.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes change_log rows to attache.changes.v1 in sequence order (transactional outbox relay).
 * Woken after every commit that wrote a change, and every {@code attache.relay.interval} as a safety net.
 * The change_relay row lock makes one instance relay at a time; the stored position moves only after the broker
 * acknowledged the batch, so a crash re-sends rather than loses (subscribers dedup on the CloudEvent id).
 */
@ApplicationScoped
public class ChangeRelay {
    private static final Logger LOG = Logger.getLogger(ChangeRelay.class);

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    @Channel("changes")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> changes;
    @ConfigProperty(name = "attache.relay.interval")
    Duration interval;
    @ConfigProperty(name = "attache.relay.batch-size")
    int batchSize;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::loop, "change-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        worker.join(5_000);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLogRepository.ChangeLogged change) {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && relayBatch() == batchSize) {
                    // a full batch: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("change relay: %s; retrying", e.getMessage());
                sleepQuietly(interval.toMillis());
            }
        }
    }

    /** Publishes the next batch; returns how many rows it published. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> position = em.createNativeQuery(
                    "select last_published_seq from change_relay where id = 1 for update skip locked").getResultList();
            if (position.isEmpty()) {
                return 0; // another instance is relaying
            }
            long last = ((Number) position.get(0)).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select seq, type, entity_id, cast(payload as text), created_at
                    from change_log where seq > :last order by seq limit :limit""")
                    .setParameter("last", last).setParameter("limit", batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            long highest = last;
            for (Object[] row : rows) {
                long seq = ((Number) row[0]).longValue();
                acks.add(send(seq, (String) row[1], (String) row[2], (String) row[3], toInstant(row[4])));
                highest = seq;
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            em.createNativeQuery("update change_relay set last_published_seq = :seq where id = 1")
                    .setParameter("seq", highest).executeUpdate();
            return rows.size();
        });
    }

    private CompletableFuture<Void> send(long seq, String type, String entityId, String payloadJson, Instant time)
            throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = mapper.readValue(payloadJson, Map.class);
        ChangeEvent data = new ChangeEvent(ChangeEvent.SCHEMA_VERSION, seq, type, entityId, time, payload);
        String json = mapper.writeValueAsString(data.envelope());
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(entityId).build();
        changes.send(Message.of(json, Metadata.of(kafka),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
