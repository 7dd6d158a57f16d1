package io.resumetailor.resumes.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.llm.boundary.ByokHeaders;
import java.util.UUID;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.platform.boundary.StrictJsonBodies;
import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.EntityPart;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Base resumes. {@code POST} with JSON creates one from structured content; with
 * {@code multipart/form-data} it imports a DOCX or PDF.
 */
@ApplicationScoped
@Path("resumes")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resumes", description = "My base resumes")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class ResumesResource {

    @EJB

    Resumes resumes;

    @Inject
    CurrentUser currentUser;


    @EJB


    ResumeImport importer;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listResumes", summary = "My resumes, newest first; content only with include=content")
    @APIResponse(responseCode = "200", description = "A page of resumes",
            content = @Content(schema = @Schema(ref = "ResumePage")))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<ResumeView> list(@QueryParam("page") @Parameter(description = "page number from 0") String page,
                                 @QueryParam("size") @Parameter(description = "page size, 1 to 100, default 20") String size,
                                 @QueryParam("include") @Parameter(description = "'content' to include each resume's content") String include,
                                 @QueryParam("cursor") @Parameter(description = "the next cursor of the previous page; replaces page") String cursor) {
        return resumes.list(currentUser.id(), PageRequest.of(page, size, cursor), "content".equals(include));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createResume", summary = "Create a resume from structured content")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "ResumeView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Valid ResumeRequest request) {
        Resume resume = resumes.create(currentUser.id(), required(request));
        return Response.created(uri.getAbsolutePathBuilder().path(resume.getId().toString()).build())
                .tag(Versions.entityTag(resume.getUpdatedAt())).entity(ResumeView.of(resume)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importResume", summary = "Import a DOCX or PDF resume (multipart: file, optional title)",
            description = "The type is decided by the content. Structured by the platform's model, your own key "
                    + "(X-LLM-Provider, X-LLM-Key) or, with engine=builtin or no model configured, the built-in parser. "
                    + "Metered as parse; the file itself is not kept.")
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(schema = @Schema(ref = "ImportResult")))
    @APIResponse(responseCode = "400", description = "No file part", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not a DOCX or PDF, or named as the other", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Encrypted, scanned, damaged or hostile document; no name or email found",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Daily parse limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importFile(@FormParam("file") EntityPart file, @FormParam("title") String title,
                               @QueryParam("engine") @Parameter(description = "'builtin' for the built-in parser") String engine,
                               @HeaderParam(ByokHeaders.PROVIDER) String byokProvider,
                               @HeaderParam(ByokHeaders.KEY) String byokKey) {
        if (file == null) {
            throw ProblemException.invalidField("file", "a DOCX or PDF file part is required");
        }
        if (engine != null && !engine.isBlank() && !"builtin".equals(engine)) {
            throw ProblemException.invalidField("engine", "must be builtin or absent");
        }
        if (title != null && StrictJsonBodies.hasControlCharacter(title)) {
            throw ProblemException.invalidField("title", "must not contain control characters such as NUL");
        }
        var credentials = ByokHeaders.of(byokProvider, byokKey);
        byte[] content = importer.readCapped(file.getContent());
        ImportResult result = importer.importFile(currentUser.caller(), content,
                file.getFileName().orElse(null), title, credentials, "builtin".equals(engine));
        return Response.created(uri.getAbsolutePathBuilder().path(result.resume().id().toString()).build())
                .entity(result).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResume", summary = "One of my resumes; the ETag header is its version for If-Match")
    @APIResponse(responseCode = "200", description = "The resume",
            content = @Content(schema = @Schema(ref = "ResumeView")))
    @APIResponse(responseCode = "404", description = "No such resume of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        Resume resume = resumes.get(currentUser.id(), Ids.parse(id, "resume"));
        return Response.ok(ResumeView.of(resume)).tag(Versions.entityTag(resume.getUpdatedAt())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateResume", summary = "Replace a resume's title and content; with If-Match, only if unchanged")
    @APIResponse(responseCode = "200", description = "The updated resume",
            content = @Content(schema = @Schema(ref = "ResumeView")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such resume of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Changed since read", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid ResumeRequest request) {
        Resume resume = resumes.update(currentUser.id(), Ids.parse(id, "resume"), required(request), ifMatch);
        return Response.ok(ResumeView.of(resume)).tag(Versions.entityTag(resume.getUpdatedAt())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteResume", summary = "Delete a resume and the generations tailored from it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such resume of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id) {
        resumes.delete(currentUser.id(), Ids.parse(id, "resume"));
        return Response.noContent().build();
    }


    static ResumeRequest required(ResumeRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "must not be empty");
        }
        return request;
    }

}
