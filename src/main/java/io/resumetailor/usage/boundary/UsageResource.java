package io.resumetailor.usage.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("usage")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage", description = "My metered usage and limits")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class UsageResource {

    @EJB

    UsageReports reports;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getMyUsage", summary = "What I used today (UTC) and what is left, per operation and key type")
    @APIResponse(responseCode = "200", description = "My quotas", content = @Content(schema = @Schema(ref = "UsageView")))
    public UsageView mine() {
        return reports.mine(currentUser.id(), currentUser.role());
    }
}
