package io.attache.entity.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;

/**
 * While the service stops, the database goes away under articles still in progress. Their failure is the shutdown's,
 * not the article's: such an article must be neither dead-lettered nor acknowledged, so its offset stays uncommitted
 * and the next instance processes it. The consumer parks it here until the JVM exits.
 */
@ApplicationScoped
public class ShutdownGuard {
    private volatile boolean stopping;

    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Never returns: neither ack nor nack may follow. */
    public void parkUntilExit() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // the worker pool is being shut down; keep the article unacknowledged until the JVM is gone
            }
        }
    }
}
