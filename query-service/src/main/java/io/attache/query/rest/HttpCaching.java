package io.attache.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GET for read views: the ETag is a hash of the exact JSON body, so it changes whenever anything shown
 * changes (a new alias, a new source) and needs no bookkeeping; If-None-Match with the current tag gets 304.
 * JAX-RS Request.evaluatePreconditions is not used: it compares strongly, and a weakened tag would never match.
 */
@ApplicationScoped
public class HttpCaching {
    /** Seconds a client or proxy may reuse a view without asking: the store changes as articles arrive. */
    public static final int MAX_AGE = 30;

    @Inject
    ObjectMapper json;

    public Response ok(Object view, String ifNoneMatch) {
        return ok(view, ifNoneMatch, MAX_AGE);
    }

    /** @param maxAge 0 = always revalidate (e.g. an article still being processed) */
    public Response ok(Object view, String ifNoneMatch, int maxAge) {
        return ok(render(view), ifNoneMatch, maxAge);
    }

    /** A view serialised once, with its ETag, for several responses (see {@link ViewCache}). */
    public record Rendered(byte[] body, String tag) {
    }

    public Rendered render(Object view) {
        try {
            byte[] body = json.writeValueAsBytes(view);
            return new Rendered(body, hash(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + view.getClass().getSimpleName(), e);
        }
    }

    public Response ok(Rendered rendered, String ifNoneMatch, int maxAge) {
        byte[] body = rendered.body();
        EntityTag tag = new EntityTag(rendered.tag());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        cache.setNoTransform(false);
        if (maxAge == 0) {
            cache.setNoCache(true);
        }
        if (matches(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    /**
     * If-None-Match uses weak comparison (RFC 9110 13.1.2): W/"x" matches "x", since proxies that compress a response
     * weaken its tag; the header may list several tags, or be "*".
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            if (c.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
