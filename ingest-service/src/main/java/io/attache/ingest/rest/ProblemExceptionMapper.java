package io.attache.ingest.rest;

import io.attache.contracts.Problem;
import io.attache.ingest.service.InvalidArticleException;
import io.attache.ingest.service.PayloadTooLargeException;
import io.attache.ingest.service.StoreUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as RFC 9457 problem details. */
public class ProblemExceptionMapper {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper
    public Response invalid(InvalidArticleException e, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + "invalid-article", "Invalid article", 400, e.getMessage(),
                uri.getPath(), e.errors());
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(Problem.of(413, "payload-too-large", "Payload too large", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unavailable(StoreUnavailableException e, UriInfo uri) {
        LOG.warn(e.getMessage(), e);
        return Response.fromResponse(respond(Problem.of(503, "unavailable", "Service unavailable",
                e.getMessage() + "; nothing was lost, retry later", uri.getPath()))).header("Retry-After", "5").build();
    }

    /** Framework errors: 404 unknown path, 405, 406, 415 wrong media type, 413 body over the HTTP limit. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 415 -> "the body must be application/json";
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "this resource produces application/json only";
            default -> e.getMessage();
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, title, detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(Problem.of(500, "internal", "Internal error", "an unexpected error occurred; it has been logged",
                uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
