package io.attache.query.rest;

import io.attache.contracts.EventTypes;
import io.attache.contracts.Problem;
import io.attache.query.stream.StreamFilter;
import io.attache.query.stream.StreamService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stream")
@Tag(name = "Stream", description = "Live changes as Server-Sent Events")
public class StreamResource {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> KINDS = EventTypes.CHANGE_TYPES.stream().map(EventTypes::entityKind)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    StreamService streams;

    @GET
    @Blocking // reads the current sequence from the store before streaming
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Subscribe to changes",
            description = "Server-Sent Events, one per change in the store. Each event has id = its change_log sequence, "
                    + "event = its type (official.created, event.updated, article.processed, ...) and data = the change as "
                    + "a CloudEvents 1.0 JSON document, the same as on the Kafka topic attache.changes.v1. Reconnect with "
                    + "the Last-Event-ID header (browsers do it themselves) or ?lastEventId= to receive exactly what you "
                    + "missed, in order. Idle connections get a ': heartbeat' comment every 15 s.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "one change",
                    value = "id: 42\nevent: official.created\ndata: {\"specversion\":\"1.0\",\"id\":\"change-42\","
                            + "\"source\":\"/attache/entity-service\",\"type\":\"official.created\",\"subject\":\"off_7d1e\","
                            + "\"data\":{\"schemaVersion\":1,\"sequence\":42,\"type\":\"official.created\","
                            + "\"entityId\":\"off_7d1e\",\"payload\":{\"name\":\"Tran Van An\",\"country\":\"VN\"}}}\n\n")))
    @APIResponse(responseCode = "400", description = "An invalid filter or Last-Event-ID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many open streams on this instance; retry after the "
            + "Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @Parameter(description = "The last sequence you received; the stream resumes right after it")
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "Same as the Last-Event-ID header, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdQuery,
            @Parameter(description = "Comma-separated kinds (official, event, agreement, article) or full types "
                    + "(official.created); all when absent", example = "event,official,agreement")
            @QueryParam("types") String types,
            @Parameter(description = "Only changes about this country (ISO 3166-1 alpha-2)", example = "VN")
            @QueryParam("country") String country) {
        Long lastEventId = parseLastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdQuery,
                lastEventIdHeader != null ? "Last-Event-ID" : "lastEventId");
        return streams.open(sse, lastEventId, new StreamFilter(parseTypes(types), parseCountry(country)));
    }

    private static Long parseLastEventId(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidParameterProblem(name, name + " '" + value + "' is not a change sequence (a whole number >= 0)");
        }
    }

    private static Set<String> parseTypes(String types) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> parsed = Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        for (String t : parsed) {
            if (!KINDS.contains(t) && !EventTypes.CHANGE_TYPES.contains(t)) {
                throw new InvalidParameterProblem("types", "types: '" + t + "' is not one of " + KINDS
                        + " or a change type such as official.created");
            }
        }
        return parsed;
    }

    private static String parseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new InvalidParameterProblem("country", "country '" + country + "' is not an ISO 3166-1 alpha-2 code such as VN");
        }
        return code;
    }
}
