package io.attache.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import io.attache.contracts.CloudEvent;
import io.attache.query.rest.ViewCache;
import io.attache.query.stream.ChangeHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Live changes from attache.changes.v1 into the hub, and the signal that cached views are out of date. Unreadable
 * records are skipped: streams replay from the store (and still invalidate the cached views).
 */
@ApplicationScoped
public class ChangeConsumer {
    private static final Logger LOG = Logger.getLogger(ChangeConsumer.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    ChangeHub hub;
    @Inject
    ViewCache views;

    @Incoming("changes")
    public void consume(String value) {
        views.invalidate();
        try {
            CloudEvent<ChangeEvent> event = mapper.readValue(value, new TypeReference<>() {
            });
            if (event.data() != null) {
                hub.publish(event.data());
            }
        } catch (JsonProcessingException e) {
            LOG.warnf("skipping an unreadable change event: %s", e.getOriginalMessage());
        }
    }
}
