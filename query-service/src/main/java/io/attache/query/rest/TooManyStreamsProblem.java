package io.attache.query.rest;

/** The instance serves its maximum of concurrent streams: 429 with Retry-After. */
public class TooManyStreamsProblem extends RuntimeException {
    public TooManyStreamsProblem(String detail) {
        super(detail);
    }
}
