package io.resumetailor.export.boundary;

import io.resumetailor.auth.boundary.CurrentUser;
import io.resumetailor.platform.boundary.Ids;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.users.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("resumes/{id}/export")
@RolesAllowed({Roles.PUBLIC, Roles.FRIEND, Roles.SUPER_ADMIN})
@Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/json"})
@Tag(name = "resumes")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class ResumeExportsResource {

    @EJB

    Exports exports;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "exportResume", summary = "This resume as PDF, DOCX or JSON Resume (metered as export)")
    @APIResponse(responseCode = "200", description = "The document, as an attachment")
    @APIResponse(responseCode = "400", description = "Unknown format or language", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such resume of mine", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Daily export limit reached", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(@PathParam("id") String id,
                           @QueryParam("format") @Parameter(description = "pdf, docx or json") String format,
                           @QueryParam("lang") @Parameter(description = "language of the headings: en, de, fr, es or ru; "
                                   + "by default the resume's own") String lang) {
        return Attachments.of(exports.resume(currentUser.caller(), Ids.parse(id, "resume"), format == null ? "" : format,
                lang));
    }
}
