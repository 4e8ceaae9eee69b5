package io.attache.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiAuditTest {

    @Test
    void aCompleteOperationPasses() {
        String doc = """
                {"paths": {"/api/v1/things/{id}": {"get": {"summary": "Get a thing", "description": "One thing.",
                  "parameters": [{"name": "id", "description": "its id"}],
                  "responses": {"200": {"content": {"application/json": {"schema": {}, "examples": {}}}},
                                "404": {}}}}}}""";
        assertTrue(OpenApiAudit.audit(doc, "200").isEmpty());
    }

    @Test
    void everyShortcomingIsNamed() {
        String doc = """
                {"paths": {"/api/v1/things/{id}": {"get": {"parameters": [{"name": "id"}],
                  "responses": {"200": {"content": {"application/json": {}}}}}}}}""";
        List<String> problems = OpenApiAudit.audit(doc, "200");
        assertEquals(List.of("GET /api/v1/things/{id} has no summary", "GET /api/v1/things/{id} has no description",
                "GET /api/v1/things/{id} documents no error response",
                "GET /api/v1/things/{id} parameter id has no description",
                "GET /api/v1/things/{id} has no example of its 200 application/json response",
                "GET /api/v1/things/{id} has no schema for its 200 response",
                "GET /api/v1/things/{id} does not document 404 for an unknown id"), problems);
    }
}
