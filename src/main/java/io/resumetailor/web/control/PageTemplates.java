package io.resumetailor.web.control;

import io.resumetailor.web.entity.SignInOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

/**
 * The two HTML pages, rendered once at startup from templates under {@code WEB-INF/pages}
 * (where the default servlet does not serve them raw): the app page, told how people sign
 * in here through {@code <meta>} tags (no inline script), and the Swagger UI page, pointed at
 * the swagger-ui WebJar of the version packaged in the WAR.
 */
public final class PageTemplates {

    static final String SIGN_IN_MARK = "<!--sign-in-options-->";
    static final String SWAGGER_MARK = "{{swagger-ui}}";
    static final String SWAGGER_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private PageTemplates() {
    }

    public static byte[] app(Function<String, InputStream> resources, SignInOptions signIn) {
        String template = read(resources, "/WEB-INF/pages/app.html");
        return template.replace(SIGN_IN_MARK, signInMeta(signIn)).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] apiDocs(Function<String, InputStream> resources) {
        String template = read(resources, "/WEB-INF/pages/api-docs.html");
        return template.replace(SWAGGER_MARK, "/webjars/swagger-ui/" + swaggerUiVersion()).getBytes(StandardCharsets.UTF_8);
    }

    static String signInMeta(SignInOptions signIn) {
        StringBuilder meta = new StringBuilder();
        signIn.googleClientId().ifPresent(id -> meta
                .append("<meta name=\"google-client-id\" content=\"").append(attribute(id)).append("\">\n")
                .append("<meta name=\"google-identity-origin\" content=\"").append(attribute(signIn.origin())).append("\">\n"));
        if (signIn.devSignIn()) {
            meta.append("<meta name=\"dev-sign-in\" content=\"on\">\n");
        }
        return meta.toString();
    }

    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The version of the swagger-ui WebJar on the classpath, so that a dependency update needs no HTML change. */
    static String swaggerUiVersion() {
        try (InputStream in = PageTemplates.class.getClassLoader().getResourceAsStream(SWAGGER_POM)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is missing: " + SWAGGER_POM);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Function<String, InputStream> resources, String path) {
        try (InputStream in = resources.apply(path)) {
            if (in == null) {
                throw new IllegalStateException("page template missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
