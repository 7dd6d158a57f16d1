package io.resumetailor.tailoring.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.boundary.ByokHeaders;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;

/**
 * {@code POST /api/vacancies/{id}/generations} with {@code Accept: text/event-stream}: the
 * same tailoring as {@link VacancyGenerationsResource#generate}, with each step streamed as
 * a {@code progress} event and the result as a {@code generation} (or {@code error})
 * event. Its own class so that the OpenAPI scan can leave it out
 * ({@code mp.openapi.scan.exclude.classes}): OpenAPI 3.0 has one operation per method and
 * path, the JSON variant documents it, and a hidden twin made Payara drop both.
 */
@ApplicationScoped
@Path("vacancies")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
public class GenerationProgressResource {

    /**
     * The event stream, at a lower server-side quality than the JSON twin: a request without
     * Accept (or with {@code *}{@code /*}) matches both, and which one Jersey picked then
     * depended on the order it found the classes in the WAR.
     */
    static final String EVENT_STREAM = MediaType.SERVER_SENT_EVENTS + ";qs=0.5";

    @EJB
    Tailoring tailoring;

    @Inject
    ProgressStreams streams;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("{vacancyId}/generations")
    @Produces(GenerationProgressResource.EVENT_STREAM)
    public void generateWithProgress(@PathParam("vacancyId") String id, @QueryParam("engine") String engine,
                                     @HeaderParam(ByokHeaders.PROVIDER) String byokProvider,
                                     @HeaderParam(ByokHeaders.KEY) String byokKey, @Valid GenerationRequest request,
                                     @Context SseEventSink sink, @Context Sse sse) {
        Caller caller = currentUser.caller();
        UUID vacancyId = Ids.parse(id, "vacancy");
        UUID resumeId = VacancyGenerationsResource.resumeId(request);
        var credentials = ByokHeaders.of(byokProvider, byokKey);
        boolean builtin = VacancyGenerationsResource.builtin(engine);
        streams.start(() -> {
            ProgressEvents events = new ProgressEvents(sink, sse);
            try {
                GenerationView view = tailoring.generate(caller, vacancyId, resumeId, credentials, builtin, events::progress);
                events.send("generation", GenerationView.class, view);
            } catch (RuntimeException failure) {
                Problem problem = failure instanceof ProblemException known ? known.problem()
                        : Problem.forStatus(500, "The generation failed.");
                events.send("error", Problem.class, problem);
            } finally {
                events.close();
            }
        });
    }
}
