package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Google's side of sign-in, locally: a JWKS endpoint served by WireMock with keys made
 * here, and ID tokens shaped like Google's (issuer, audience = client id, email,
 * email_verified, RS256 with a kid).
 */
public final class FakeGoogle {

    public static final String CLIENT_ID = "test-client.apps.googleusercontent.com";
    static final String JWKS_PATH = "/oauth2/v3/certs";

    private static FakeGoogle instance;

    private final WireMockServer server;
    private final RSAKey key;

    private FakeGoogle() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("google-" + UUID.randomUUID()).generate();
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=22400")
                .withBody(new JWKSet(key.toPublicJWK()).toString())));
        identityServicesAnswer(null);
    }

    /** The origin standing in for https://accounts.google.com: the web app loads {@code /gsi/client} from it. */
    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Stands in for Google Identity Services' {@code /gsi/client} script: it defines
     * {@code google.accounts.id} and renders a button that, when pressed, hands the page
     * {@code idToken} the way Google's button does (none while null).
     */
    public void identityServicesAnswer(String idToken) {
        String token = idToken == null ? "null" : jakarta.json.Json.createValue(idToken).toString();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/gsi/client")).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/javascript; charset=utf-8")
                .withHeader("Cache-Control", "no-store")
                .withBody("""
                        (() => {
                          const TOKEN = %s;
                          let config = null;
                          window.google = { accounts: { id: {
                            initialize(options) { config = options; },
                            renderButton(parent) {
                              const button = document.createElement('button');
                              button.type = 'button';
                              button.className = 'fake-google-button';
                              button.textContent = 'Sign in with Google';
                              button.addEventListener('click', () => {
                                if (TOKEN) { config.callback({ credential: TOKEN, select_by: 'btn' }); }
                              });
                              parent.append(button);
                            },
                            prompt() {}, cancel() {}, disableAutoSelect() {},
                          } } };
                        })();
                        """.formatted(token))));
    }

    public static synchronized FakeGoogle instance() {
        if (instance == null) {
            try {
                instance = new FakeGoogle();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.port() + JWKS_PATH;
    }

    public int jwksRequests() {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(JWKS_PATH)).build()).getCount();
    }

    /** Claims of a valid ID token for a new Google account. */
    public static JWTClaimsSet.Builder claims(String subject, String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject(subject)
                .claim("email", email)
                .claim("email_verified", true)
                .claim("azp", CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key, key.getKeyID());
    }

    public static String sign(JWTClaimsSet claims, RSAKey signingKey, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }
}
