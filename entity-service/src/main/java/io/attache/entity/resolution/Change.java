package io.attache.entity.resolution;

import java.util.Map;

/** A change to record in change_log once the article's writes are done. */
public record Change(String type, String entityId, Map<String, Object> payload) {
}
