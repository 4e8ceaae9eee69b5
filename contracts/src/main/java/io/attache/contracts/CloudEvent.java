package io.attache.contracts;

import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the whole record value is this object.
 * Readers must ignore attributes and data fields they do not know.
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static <T> CloudEvent<T> of(String id, String source, String type, Instant time, String subject, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, source, type, time, subject, JSON, data);
    }
}
