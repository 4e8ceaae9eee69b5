package io.attache.entity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attache.contracts.GoldenSamples;
import java.util.UUID;

/** Article events for tests, made from the golden sample so they stay in the published shape. */
final class ArticleEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String json(String id, String text, String publishedAt) {
        try {
            ObjectNode event = (ObjectNode) MAPPER.readTree(GoldenSamples.read(GoldenSamples.ARTICLE_SUBMITTED));
            event.put("id", UUID.randomUUID().toString()).put("subject", id);
            ((ObjectNode) event.get("data")).put("id", id).put("text", text).put("url", (String) null)
                    .put("publishedAt", publishedAt);
            return MAPPER.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ArticleEvents() {
    }
}
