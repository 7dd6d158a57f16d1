/**
 * Sign-in and access control. A Google ID token (or, in development, an email) is
 * exchanged for the service's own short-lived RS256 token, which the container verifies
 * on every request (MicroProfile JWT). On top of the container: every resource method
 * must declare who may call it (deny by default), a token must not claim a future
 * {@code iat}/{@code nbf}, and the role in a token must still be the user's role, so a
 * demotion or an account deletion takes effect on the next request.
 */
package io.resumetailor.auth;
