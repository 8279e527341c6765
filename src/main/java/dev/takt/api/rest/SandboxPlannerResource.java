package dev.takt.api.rest;

import dev.takt.planning.PlannerFaultSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/sandbox/planner/faults?feedbackDown=true|false}: makes the planner refuse execution feedback, as
 * a planner that is down would, to see the feedback relay keep its cursor. Exists only while the sandbox is enabled
 * (404 otherwise), like the sandboxes' own fault controls.
 */
@Path("sandbox/planner/faults")
@ApplicationScoped
public class SandboxPlannerResource {

    private PlannerFaultSwitch faults;

    /** For CDI's proxies only. */
    protected SandboxPlannerResource() {
    }

    @Inject
    public SandboxPlannerResource(PlannerFaultSwitch faults) {
        this.faults = faults;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@QueryParam("feedbackDown") boolean feedbackDown) {
        if (!faults.available()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        faults.feedbackDown(feedbackDown);
        return Response.ok(Json.createObjectBuilder().add("feedbackDown", feedbackDown).build().toString()).build();
    }
}
