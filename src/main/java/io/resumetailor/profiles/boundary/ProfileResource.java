package io.resumetailor.profiles.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("profile")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "profile", description = "My contact details and job-search preferences")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class ProfileResource {

    @EJB

    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getProfile", summary = "My profile, with whether it is complete; the ETag header is its version for If-Match")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(ref = "ProfileView")))
    @APIResponse(responseCode = "404", description = "No profile yet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get() {
        return view(profiles.get(currentUser.id()));
    }

    @PUT
    @Operation(operationId = "putProfile", summary = "Create or replace my profile; with If-Match, only if unchanged since read")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(ref = "ProfileView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ProfileRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "must not be empty");
        }
        return view(profiles.put(currentUser.id(), request, ifMatch));
    }

    private static Response view(Profile profile) {
        return Response.ok(ProfileView.of(profile)).tag(Versions.entityTag(profile.getUpdatedAt())).build();
    }
}
