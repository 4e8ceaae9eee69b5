package io.attache.query.rest;

/** An id that the store does not know: answered with 404 problem details. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail);
    }
}
