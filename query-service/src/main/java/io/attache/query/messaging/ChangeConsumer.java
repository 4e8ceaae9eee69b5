package io.attache.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attache.contracts.ChangeEvent;
import io.attache.contracts.CloudEvent;
import io.attache.query.stream.ChangeHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Live changes from attache.changes.v1 into the hub. Unreadable records are skipped: streams replay from the store. */
@ApplicationScoped
public class ChangeConsumer {
    private static final Logger LOG = Logger.getLogger(ChangeConsumer.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    ChangeHub hub;

    @Incoming("changes")
    public void consume(String value) {
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
