package io.attache.entity.rest;

import io.attache.entity.service.ReprocessService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operator API: re-run every stored article through the current engine. Used by `deploy/attache reprocess`. */
@Path("/api/v1/admin/reprocess")
@Produces(MediaType.APPLICATION_JSON)
public class ReprocessResource {
    @Inject
    ReprocessService reprocess;

    @POST
    public Response start() {
        return Response.accepted(reprocess.start()).build();
    }

    @GET
    public ReprocessService.Progress progress() {
        return reprocess.progress();
    }
}
