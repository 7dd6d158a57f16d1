package io.resumetailor.vacancies.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.llm.boundary.ByokHeaders;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Roles;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("vacancies")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "vacancies", description = "The jobs a user targets")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class VacanciesResource {

    @EJB
    Vacancies vacancies;

    @EJB
    RequirementProposals proposals;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listVacancies", summary = "My vacancies, newest first")
    @APIResponse(responseCode = "200", description = "A page of vacancies",
            content = @Content(schema = @Schema(ref = "VacancyPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<VacancyView> list(@QueryParam("page") @Parameter(description = "page number from 0") String page,
                                  @QueryParam("size") @Parameter(description = "page size, 1 to 100, default 20") String size,
                                  @QueryParam("cursor") @Parameter(description = "the next cursor of the previous page; replaces page") String cursor) {
        return vacancies.list(currentUser.id(), PageRequest.of(page, size, cursor));
    }

    @POST
    @Operation(operationId = "createVacancy", summary = "Add a vacancy")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Valid VacancyRequest request) {
        Vacancy vacancy = vacancies.create(currentUser.id(), required(request));
        return Response.created(uri.getAbsolutePathBuilder().path(vacancy.getId().toString()).build())
                .tag(Versions.entityTag(vacancy.getUpdatedAt())).entity(VacancyView.of(vacancy)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVacancy", summary = "One of my vacancies; the ETag header is its version for If-Match")
    @APIResponse(responseCode = "200", description = "The vacancy",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        Vacancy vacancy = vacancies.get(currentUser.id(), Ids.parse(id, "vacancy"));
        return Response.ok(VacancyView.of(vacancy)).tag(Versions.entityTag(vacancy.getUpdatedAt())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateVacancy", summary = "Replace a vacancy; with If-Match, only if unchanged since read")
    @APIResponse(responseCode = "200", description = "The updated vacancy",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid VacancyRequest request) {
        Vacancy vacancy = vacancies.update(currentUser.id(), Ids.parse(id, "vacancy"), required(request), ifMatch);
        return Response.ok(VacancyView.of(vacancy)).tag(Versions.entityTag(vacancy.getUpdatedAt())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteVacancy", summary = "Delete a vacancy and its generations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id) {
        vacancies.delete(currentUser.id(), Ids.parse(id, "vacancy"));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/requirements")
    @Operation(operationId = "editVacancyRequirements", summary = "Replace the requirements the match score counts",
            description = "The list replaces the stored one (ids are given anew in order) and is marked edited: changing the "
                    + "description no longer re-extracts it. Kind and lexicon concept are read from each text. With If-Match, "
                    + "only if the vacancy is unchanged since read.")
    @APIResponse(responseCode = "200", description = "The vacancy with its new requirements",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response editRequirements(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid RequirementsRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "must not be empty");
        }
        Vacancy vacancy = vacancies.editRequirements(currentUser.id(), Ids.parse(id, "vacancy"), request, ifMatch);
        return Response.ok(VacancyView.of(vacancy)).tag(Versions.entityTag(vacancy.getUpdatedAt())).build();
    }

    @DELETE
    @Path("{id}/requirements")
    @Operation(operationId = "resetVacancyRequirements", summary = "Go back to the requirements extracted from the vacancy's text")
    @APIResponse(responseCode = "200", description = "The vacancy with its extracted requirements",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response resetRequirements(@PathParam("id") String id) {
        Vacancy vacancy = vacancies.resetRequirements(currentUser.id(), Ids.parse(id, "vacancy"));
        return Response.ok(VacancyView.of(vacancy)).tag(Versions.entityTag(vacancy.getUpdatedAt())).build();
    }

    @POST
    @Path("{id}/requirements/proposals")
    @Operation(operationId = "proposeVacancyRequirements", summary = "Let a language model propose requirements",
            description = "A model (the platform's, or your own key via X-LLM-Provider/X-LLM-Key) reads the vacancy and proposes "
                    + "requirements; those a requirement line of the posting states (must-have only when that line is one), or a "
                    + "task line (as nice-to-have), and that are not already listed are added with origin model, at most 15 per "
                    + "answer and 100 in all. The score remains the service's computation. Metered as parse; 503 when no model "
                    + "is available, before any quota is used.")
    @APIResponse(responseCode = "200", description = "The vacancy with the proposals it bears out added",
            content = @Content(schema = @Schema(ref = "VacancyView")))
    @APIResponse(responseCode = "404", description = "No such vacancy of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "Invalid own-key headers", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Own keys are disabled", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The list already has 100 requirements", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Daily parse limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "504", description = "The model did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "502", description = "The model failed or answered twice with an invalid list",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "No model available", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response proposeRequirements(@PathParam("id") String id, @HeaderParam(ByokHeaders.PROVIDER) String byokProvider,
                                        @HeaderParam(ByokHeaders.KEY) String byokKey) {
        Vacancy vacancy = proposals.propose(currentUser.caller(), Ids.parse(id, "vacancy"), ByokHeaders.of(byokProvider, byokKey));
        return Response.ok(VacancyView.of(vacancy)).tag(Versions.entityTag(vacancy.getUpdatedAt())).build();
    }

    static VacancyRequest required(VacancyRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "must not be empty");
        }
        return request;
    }
}
