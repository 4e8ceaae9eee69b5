package io.attache.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GET for read views: the ETag is a hash of the exact JSON body, so it changes whenever anything shown
 * changes (a new alias, a new source) and needs no bookkeeping; If-None-Match with the current tag gets 304.
 */
@ApplicationScoped
public class HttpCaching {
    /** Seconds a client or proxy may reuse a view without asking: the store changes as articles arrive. */
    public static final int MAX_AGE = 30;

    @Inject
    ObjectMapper json;

    public Response ok(Object view, Request request) {
        return ok(view, request, MAX_AGE);
    }

    /** @param maxAge 0 = always revalidate (e.g. an article still being processed) */
    public Response ok(Object view, Request request, int maxAge) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + view.getClass().getSimpleName(), e);
        }
        EntityTag tag = new EntityTag(hash(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        cache.setNoTransform(false);
        if (maxAge == 0) {
            cache.setNoCache(true);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
