package io.resumetailor.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara's MicroProfile JWT token store logs every token it rejects at INFO with the
 * whole stack trace (about 35 lines for a forged or expired token, an expected client
 * error); the application logs it as one line instead ({@code ProblemErrorServlet}). Its
 * level is raised to WARNING when the application starts. Done here rather than with
 * {@code set-log-levels} in {@code server-config}: that command rewrites Payara Micro's
 * logging configuration and every record after it loses the server's log format.
 */
@WebListener
public class ContainerLogLevels implements ServletContextListener {

    /** Held so that the configured logger is not collected and re-created with the default level. */
    private static final Logger TOKEN_STORE = Logger.getLogger("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        TOKEN_STORE.setLevel(Level.WARNING);
    }
}
