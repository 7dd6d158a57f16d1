package io.resumetailor.platform.boundary;

import java.lang.reflect.Method;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara adds a non-standard root field {@code endpoints} to the OpenAPI document, which
 * makes it invalid OpenAPI 3.0; it is removed here so the document lints clean.
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new java.util.HashMap<String, java.util.Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // another MicroProfile OpenAPI implementation: nothing to remove
        }
    }
}
