package io.resumetailor.auth.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in: the only resource anyone may call without a token. */
@ApplicationScoped
@Path("auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Sign-in")
public class AuthResource {

    @EJB

    SignIn signIn;

    @Inject
    @ConfigProperty(name = "auth.dev.enabled", defaultValue = "false")
    boolean devEnabled;

    @POST
    @Path("google")
    @Operation(operationId = "signInWithGoogle", summary = "Exchange a Google ID token for the service's token")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(ref = "SignInResponse")))
    @APIResponse(responseCode = "400", description = "Missing ID token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "The ID token is not valid for this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SignInResponse google(@Valid SignInRequests.Google request) {
        return signIn.withGoogle(required(request).idToken);
    }

    @POST
    @Path("dev")
    @Operation(operationId = "signInForDevelopment", summary = "Development sign-in with an email (only when auth.dev.enabled)")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(ref = "SignInResponse")))
    @APIResponse(responseCode = "400", description = "Invalid email", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Development sign-in is disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SignInResponse dev(@Valid SignInRequests.Dev request) {
        if (!devEnabled) {
            throw new ProblemException(Problem.forStatus(404, "There is nothing at this address."));
        }
        return signIn.withDevEmail(required(request).email);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "must not be empty");
        }
        return body;
    }
}
