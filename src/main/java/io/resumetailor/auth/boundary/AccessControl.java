package io.resumetailor.auth.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * Deny by default: a resource method runs only if it (or its class) says who may call
 * it. {@code @PermitAll} lets anyone in, {@code @RolesAllowed} needs a verified token
 * with one of the roles (401 without a token, 403 with the wrong role), and a method
 * with neither is refused, so a forgotten annotation fails closed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControl implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || generatedOptions(request, method)) {
            return;
        }
        AnnotatedElement rules = declares(method) ? method : resource.getResourceClass();
        if (rules.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        boolean signedIn = security != null && security.getUserPrincipal() != null;
        RolesAllowed allowed = rules.getAnnotation(RolesAllowed.class);
        if (allowed != null && !signedIn) {
            request.abortWith(Problems.response(Problem.forStatus(401, "A valid bearer token is required.")));
            return;
        }
        if (allowed != null) {
            for (String role : allowed.value()) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
        }
        request.abortWith(Problems.response(Problem.forStatus(403, "Your role does not allow this.")));
    }

    /**
     * JAX-RS answers {@code OPTIONS} itself for every resource (the {@code Allow} header, no
     * body, no application code): a CORS preflight gets that clean answer, without any
     * {@code Access-Control-Allow-*} header, since the API serves its own origin only.
     */
    static boolean generatedOptions(ContainerRequestContext request, Method method) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && !method.getDeclaringClass().getName().startsWith("io.resumetailor.");
    }

    static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
