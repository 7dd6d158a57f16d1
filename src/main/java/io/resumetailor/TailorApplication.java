package io.resumetailor;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST API under {@code /api}. Authentication is container-managed MicroProfile JWT;
 * the CDI scope is required for {@code JsonWebToken} injection to work on Payara.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"super_admin", "friend", "public"})
@OpenAPIDefinition(
        info = @Info(title = "Resume tailoring service", version = "0.1.0",
                description = "Tailors a job seeker's resume to each vacancy, scores the match before and after, and exports ATS-readable documents."),
        servers = @Server(url = "/", description = "This server"),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class TailorApplication extends Application {

    /**
     * No WADL: Jersey would publish {@code /api/application.wadl} and answer every
     * {@code OPTIONS} with the resource's WADL description; without it, {@code OPTIONS} is a
     * plain answer with the {@code Allow} header. The OpenAPI document describes the API.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
