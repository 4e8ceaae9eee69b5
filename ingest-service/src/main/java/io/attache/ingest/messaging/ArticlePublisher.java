package io.attache.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ArticleSubmitted;
import io.attache.contracts.CloudEvent;
import io.attache.contracts.EventTypes;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes article events (structured CloudEvents) keyed by article id; completes when the broker acknowledged. */
@ApplicationScoped
public class ArticlePublisher {
    public static final String CHANNEL = "articles";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;
    @Inject
    ObjectMapper mapper;

    public CompletableFuture<Void> publish(ArticleSubmitted article) {
        String json;
        try {
            json = mapper.writeValueAsString(CloudEvent.of(UUID.randomUUID().toString(), EventTypes.INGEST_SOURCE,
                    EventTypes.ARTICLE_SUBMITTED, article.receivedAt(), article.id(), article));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build();
        emitter.send(Message.of(json, Metadata.of(key),
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
}
