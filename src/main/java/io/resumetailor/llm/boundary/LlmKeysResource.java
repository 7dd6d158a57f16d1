package io.resumetailor.llm.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("llm-keys")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "llm-keys", description = "Which provider keys I keep in my browser (last four characters only)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class LlmKeysResource {

    @EJB

    LlmKeys keys;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listLlmKeys", summary = "My key hints, one per provider")
    @APIResponse(responseCode = "200", description = "Key hints",
            content = @Content(schema = @Schema(ref = "LlmKeyList")))
    public List<LlmKeyView> list() {
        return keys.list(currentUser.id());
    }

    @PUT
    @Path("{provider}")
    @Operation(operationId = "putLlmKey", summary = "Record the last four characters of my key for a provider (openai or gemini)")
    @APIResponse(responseCode = "200", description = "The key hint",
            content = @Content(schema = @Schema(ref = "LlmKeyView")))
    @APIResponse(responseCode = "400", description = "Not exactly four characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown provider", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LlmKeyView save(@PathParam("provider") String provider, @Valid LlmKeyRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("keyHint", "must not be null");
        }
        return keys.save(currentUser.id(), provider(provider), request.keyHint);
    }

    @DELETE
    @Path("{provider}")
    @Operation(operationId = "deleteLlmKey", summary = "Forget my key hint for a provider")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No hint for that provider", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("provider") String provider) {
        keys.delete(currentUser.id(), provider(provider));
        return Response.noContent().build();
    }

    static LlmProvider provider(String label) {
        try {
            return LlmProvider.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("provider");
        }
    }
}
