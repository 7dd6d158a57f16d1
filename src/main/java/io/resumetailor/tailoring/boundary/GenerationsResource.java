package io.resumetailor.tailoring.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("generations")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "generations", description = "Tailored resumes")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class GenerationsResource {

    @EJB

    Generations generations;

    @Inject
    CurrentUser currentUser;



    @GET
    @Path("{id}")
    @Operation(operationId = "getGeneration", summary = "One generation with scores, explanation, warnings and days until expiry")
    @APIResponse(responseCode = "200", description = "The generation", content = @Content(schema = @Schema(ref = "GenerationView")))
    @APIResponse(responseCode = "404", description = "No such generation of mine, or expired", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public GenerationView get(@PathParam("id") String id) {
        return generations.view(currentUser.id(), Ids.parse(id, "generation"));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteGeneration", summary = "Delete a generation")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such generation of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id) {
        generations.delete(currentUser.id(), Ids.parse(id, "generation"));
        return Response.noContent().build();
    }

}
