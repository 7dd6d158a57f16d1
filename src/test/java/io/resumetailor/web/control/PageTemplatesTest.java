package io.resumetailor.web.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.web.entity.SignInOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTemplatesTest {

    static InputStream webapp(String path) {
        try {
            return Files.newInputStream(Path.of("src/main/webapp" + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void tellsTheAppHowPeopleSignInHere() {
        String page = new String(PageTemplates.app(PageTemplatesTest::webapp,
                new SignInOptions(Optional.of("a\"b<c>.apps.googleusercontent.com"), URI.create("https://accounts.google.com"), true)),
                StandardCharsets.UTF_8);
        assertTrue(page.contains("<meta name=\"google-client-id\" content=\"a&quot;b&lt;c&gt;.apps.googleusercontent.com\">"), page);
        assertTrue(page.contains("<meta name=\"dev-sign-in\" content=\"on\">"), page);
        String plain = new String(PageTemplates.app(PageTemplatesTest::webapp,
                new SignInOptions(Optional.empty(), URI.create("https://accounts.google.com"), false)), StandardCharsets.UTF_8);
        assertFalse(plain.contains("google") || plain.contains("dev-sign-in"), plain);
        assertFalse(plain.contains("<script>") || plain.contains("style="), "inline script or style: " + plain);
    }

    @Test
    void pointsSwaggerUiAtThePackagedWebJar() {
        String page = new String(PageTemplates.apiDocs(PageTemplatesTest::webapp), StandardCharsets.UTF_8);
        String version = PageTemplates.swaggerUiVersion();
        assertTrue(page.contains("/webjars/swagger-ui/" + version + "/swagger-ui-bundle.js"), page);
        assertTrue(getClass().getClassLoader().getResource("META-INF/resources/webjars/swagger-ui/" + version + "/swagger-ui-bundle.js") != null);
    }
}
