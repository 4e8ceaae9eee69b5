package io.attache.ingest.service;

/** Answered with 413. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
