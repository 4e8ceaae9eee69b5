package io.attache.contracts;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every HTTP error ({@code application/problem+json}).
 *
 * @param type     a URN naming the kind of problem ("urn:attache:problem:invalid-article"), stable, documented in the README
 * @param errors   for validation problems: each invalid field and why (may be empty)
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:attache:problem:";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String kind, String title, String detail, String instance) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, List.of());
    }
}
