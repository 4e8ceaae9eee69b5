package io.attache.query.paging;

/** A cursor that this service did not issue for this ordering: answered 400 naming the cursor parameter. */
public class InvalidCursorException extends RuntimeException {
    public InvalidCursorException(String detail) {
        super(detail);
    }
}
