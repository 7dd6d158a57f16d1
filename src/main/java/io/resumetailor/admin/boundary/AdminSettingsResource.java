package io.resumetailor.admin.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.settings.boundary.SettingView;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("admin/settings")
@RolesAllowed(Roles.SUPER_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not a super admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class AdminSettingsResource {

    @EJB

    SystemSettings settings;

    @GET
    @Operation(operationId = "listSettings", summary = "The system settings: platform LLM switch, BYOK switch, platform provider, monthly budget")
    @APIResponse(responseCode = "200", description = "All settings", content = @Content(schema = @Schema(ref = "SettingList")))
    @APIResponse(responseCode = "403", description = "Not a super admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<SettingView> list() {
        return settings.all().stream().map(SettingView::of).toList();
    }

    @PUT
    @Path("{key}")
    @Operation(operationId = "changeSetting", summary = "Change a setting; every instance uses the new value within a second")
    @APIResponse(responseCode = "200", description = "The setting", content = @Content(schema = @Schema(ref = "SettingView")))
    @APIResponse(responseCode = "400", description = "Value of the wrong type or out of range", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such setting", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SettingView change(@PathParam("key") String key, @Valid SettingChange change) {
        if (change == null || change.value == null || change.value == JsonValue.NULL) {
            throw ProblemException.invalidField("value", "must not be null");
        }
        return SettingView.of(settings.update(key, change.value));
    }
}
