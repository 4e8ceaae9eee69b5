package io.attache.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What other teams need from an OpenAPI document, checked operation by operation: a summary and a description,
 * the success response with a schema and an example, at least one documented error, every parameter described,
 * and 404 documented wherever a path takes an id.
 */
public final class OpenApiAudit {
    private OpenApiAudit() {
    }

    /** @return one line per shortcoming; empty when the document is complete */
    public static List<String> audit(String openApiJson, String successCode) {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(openApiJson).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                Map.Entry<String, JsonNode> op = o.next();
                audit(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), path.getKey(), op.getValue(),
                        successCode, problems);
            }
        }
        return problems;
    }

    private static void audit(String where, String path, JsonNode operation, String successCode, List<String> problems) {
        if (operation.path("summary").asText().isBlank()) {
            problems.add(where + " has no summary");
        }
        if (operation.path("description").asText().isBlank()) {
            problems.add(where + " has no description");
        }
        JsonNode responses = operation.path("responses");
        if (!responses.has(successCode)) {
            problems.add(where + " does not document " + successCode);
        }
        boolean documentsAnError = false;
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
            documentsAnError |= codes.next().startsWith("4");
        }
        if (!documentsAnError) {
            problems.add(where + " documents no error response");
        }
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText().isBlank()) {
                problems.add(where + " parameter " + parameter.path("name").asText() + " has no description");
            }
        });
        responses.path(successCode).path("content").fields().forEachRemaining(media -> {
            if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                problems.add(where + " has no example of its " + successCode + " " + media.getKey() + " response");
            }
            if (media.getKey().equals("application/json") && !media.getValue().has("schema")) {
                problems.add(where + " has no schema for its " + successCode + " response");
            }
        });
        if (path.contains("{id}") && !responses.has("404")) {
            problems.add(where + " does not document 404 for an unknown id");
        }
    }
}
