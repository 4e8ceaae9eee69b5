package io.attache.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the tests, as another team's service would call the API. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, JsonNode body) {
    }

    static Reply post(String url, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body);
        } catch (Exception e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    private Api() {
    }
}
