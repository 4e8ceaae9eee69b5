package io.attache.query.stream;

import io.attache.contracts.ChangeEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Fans live changes from the Kafka topic out to every open stream. */
@ApplicationScoped
public class ChangeHub {
    private final BroadcastProcessor<ChangeEvent> processor = BroadcastProcessor.create();

    public void publish(ChangeEvent change) {
        processor.onNext(change);
    }

    /** Live changes from now on; each subscriber needs its own overflow policy (see StreamSession). */
    public Multi<ChangeEvent> live() {
        return processor;
    }
}
