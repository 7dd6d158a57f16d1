package io.resumetailor.accounts.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("me")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "The signed-in user's account")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class MeResource {

    @EJB

    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getMe", summary = "Who I am, whether my profile is complete, and my usage today")
    @APIResponse(responseCode = "200", description = "The signed-in user",
            content = @Content(schema = @Schema(ref = "MeView")))
    public MeView me() {
        return accounts.me(currentUser.id());
    }

    @GET
    @Path("export")
    @Operation(operationId = "exportMyData", summary = "Everything stored about me, as one JSON document")
    @APIResponse(responseCode = "200", description = "All my data",
            content = @Content(schema = @Schema(ref = "AccountExport")))
    public Response export() {
        return Response.ok(accounts.export(currentUser.id()))
                .header("Content-Disposition", "attachment; filename=\"resume-tailor-export.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Operation(operationId = "deleteMe", summary = "Delete my account and everything stored about me")
    @APIResponse(responseCode = "204", description = "Deleted; the token no longer works")
    @APIResponse(responseCode = "409", description = "The last super admin cannot delete their account",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete() {
        accounts.delete(currentUser.id());
        return Response.noContent().build();
    }
}
