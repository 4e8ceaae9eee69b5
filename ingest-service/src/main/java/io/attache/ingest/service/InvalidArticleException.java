package io.attache.ingest.service;

import io.attache.contracts.Problem.FieldError;
import java.util.List;

/** The request cannot be accepted; {@code errors} names each offending field. Answered with 400. */
public class InvalidArticleException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidArticleException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
