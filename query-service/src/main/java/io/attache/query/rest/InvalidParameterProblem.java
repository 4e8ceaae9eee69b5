package io.attache.query.rest;

/** A query parameter or header that cannot be used: 400 naming it. */
public class InvalidParameterProblem extends RuntimeException {
    private final String parameter;

    public InvalidParameterProblem(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
