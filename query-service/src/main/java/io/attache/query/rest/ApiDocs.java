package io.attache.query.rest;

/** Texts and examples shared by the OpenAPI annotations of the read resources. */
final class ApiDocs {
    private ApiDocs() {
    }

    static final String NOT_FOUND_EXAMPLE = """
            {"type": "urn:attache:problem:not-found", "title": "Not found", "status": 404,
             "detail": "no official with id off_000", "instance": "/api/v1/officials/off_000", "errors": []}""";
    static final String INVALID_EXAMPLE = """
            {"type": "urn:attache:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "limit must be between 1 and 100, not 500", "instance": "/api/v1/events",
             "errors": [{"field": "limit", "message": "limit must be between 1 and 100, not 500"}]}""";

    static final String CACHING = " Responses carry an ETag (a hash of the body) and Cache-Control: max-age=30; send "
            + "If-None-Match with the ETag to get 304 Not Modified when nothing changed.";
    static final String PAGING = " Pages are stable under concurrent writes: follow `next` (the relative URL of the "
            + "next page, null on the last one) until it is null to see every item exactly once.";

    static final String IF_NONE_MATCH = "The ETag of a copy you hold (weak or strong, or a list); 304 without a body "
            + "if it is still current";
    static final String LIMIT = "Page size, 1 to 100 (default 20); more than 100 is a 400 naming limit";
    static final String CURSOR = "Opaque position from the previous page's `next` URL; do not build it yourself";
    static final String COUNTRY = "ISO 3166-1 alpha-2 country code, any case";
    static final String FROM = "Earliest date, inclusive, YYYY-MM-DD (undated items are then left out)";
    static final String TO = "Latest date, inclusive, YYYY-MM-DD";
}
