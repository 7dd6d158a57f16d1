package io.resumetailor.tailoring.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.llm.boundary.ByokHeaders;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tailoring one of my resumes to a vacancy, and the vacancy's generations. It shares the
 * root path {@code vacancies} with the vacancies resource (Jersey merges root resources
 * of one path). The event-stream variant of the same POST is {@link GenerationProgressResource}.
 */
@ApplicationScoped
@Path("vacancies")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "generations", description = "Tailored resumes")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class VacancyGenerationsResource {

    @EJB

    Tailoring tailoring;

    @EJB

    Generations generations;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @Path("{vacancyId}/generations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGeneration", summary = "Tailor one of my resumes to this vacancy",
            description = "Scores the base resume, tailors it (platform model, your own key via X-LLM-Provider/X-LLM-Key, "
                    + "or with engine=builtin the built-in extractive tailoring), guards it against fabrication, scores it "
                    + "on evidence only and keeps it 90 days. Send Accept: text/event-stream to follow the steps as "
                    + "server-sent events (progress, then generation or error). Metered as generate.")
    @APIResponse(responseCode = "201", description = "The generation", content = @Content(schema = @Schema(ref = "GenerationView")))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such vacancy or resume of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Daily generate limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response generate(@PathParam("vacancyId") String id, @QueryParam("engine") String engine,
                             @HeaderParam(ByokHeaders.PROVIDER) String byokProvider, @HeaderParam(ByokHeaders.KEY) String byokKey,
                             @Valid GenerationRequest request) {
        GenerationView view = tailoring.generate(currentUser.caller(), Ids.parse(id, "vacancy"),
                resumeId(request), ByokHeaders.of(byokProvider, byokKey), builtin(engine), step -> { });
        return Response.created(uri.getBaseUriBuilder().path("generations").path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @Path("{vacancyId}/generations")
    @Operation(operationId = "listGenerations", summary = "Generations for this vacancy, latest first (without content)")
    @APIResponse(responseCode = "200", description = "A page of generations", content = @Content(schema = @Schema(ref = "GenerationPage")))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<GenerationView> generations(@PathParam("vacancyId") String id,
                                            @QueryParam("page") @Parameter(description = "page number from 0") String page,
                                            @QueryParam("size") @Parameter(description = "page size, 1 to 100, default 20") String size,
                                            @QueryParam("cursor") @Parameter(description = "the next cursor of the previous page; replaces page") String cursor) {
        return generations.list(currentUser.id(), Ids.parse(id, "vacancy"), PageRequest.of(page, size, cursor));
    }

    static UUID resumeId(GenerationRequest request) {
        if (request == null || request.resumeId == null) {
            throw ProblemException.invalidField("resumeId", "must not be null");
        }
        return UUID.fromString(request.resumeId);
    }

    static boolean builtin(String engine) {
        if (engine != null && !engine.isBlank() && !"builtin".equals(engine)) {
            throw ProblemException.invalidField("engine", "must be builtin or absent");
        }
        return "builtin".equals(engine);
    }
}
