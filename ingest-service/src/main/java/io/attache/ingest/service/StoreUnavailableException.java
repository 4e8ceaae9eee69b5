package io.attache.ingest.service;

/** The store or the broker cannot take the article now; answered with 503 and Retry-After. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
