package io.resumetailor.admin.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.boundary.UserView;
import io.resumetailor.users.boundary.Users;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("admin/users")
@RolesAllowed(Roles.SUPER_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Administration (super admins)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not a super admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class AdminUsersResource {

    @EJB

    Users users;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listUsers", summary = "List users, newest first, optionally those whose email contains a text")
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(schema = @Schema(ref = "UserPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<UserView> list(@QueryParam("email") @Parameter(description = "part of the email, case-insensitive") String email,
                               @QueryParam("page") @Parameter(description = "page number from 0") String page,
                               @QueryParam("size") @Parameter(description = "page size, 1 to 100, default 20") String size) {
        return users.list(email, PageRequest.of(page, size));
    }

    @PUT
    @Path("{id}/role")
    @Operation(operationId = "changeUserRole", summary = "Change a user's role; takes effect on the user's next request")
    @APIResponse(responseCode = "200", description = "The user with the new role",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "400", description = "Unknown role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Would leave no super admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public UserView changeRole(@PathParam("id") String id, @Valid RoleChange change) {
        if (change == null) {
            throw ProblemException.invalidField("role", "must not be null");
        }
        return UserView.of(users.changeRole(currentUser.id(), Ids.parse(id, "user"), Role.fromLabel(change.role)));
    }
}
