package io.attache.query.rest;

import io.attache.contracts.Problem;
import io.attache.query.paging.InvalidCursorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as RFC 9457 problem details. */
public class ProblemExceptionMapper {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterProblem e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "invalid-parameter", "Invalid parameter", 400, e.getMessage(),
                uri.getPath(), List.of(new Problem.FieldError(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e, UriInfo uri) {
        return invalidParameter(new InvalidParameterProblem("cursor", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response tooManyStreams(TooManyStreamsProblem e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(429, "too-many-streams", "Too many streams", e.getMessage(),
                uri.getPath()))).header("Retry-After", "10").build();
    }

    /** Framework errors: 404 unknown path, 405, 406 (e.g. Accept: text/xml), 415. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "this resource cannot produce the media type asked for in Accept";
            default -> e.getMessage();
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        return respond(Problem.of(status, "http-" + status, known == null ? "HTTP " + status : known.getReasonPhrase(),
                detail, uri.getPath()));
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
