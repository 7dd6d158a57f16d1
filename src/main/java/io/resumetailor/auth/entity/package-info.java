/** Values of sign-in: verified identities, issued tokens, and the verified caller of a request. */
package io.resumetailor.auth.entity;
