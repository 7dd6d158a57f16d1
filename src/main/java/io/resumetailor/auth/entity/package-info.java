/** Values of sign-in: verified identities and issued tokens. */
package io.resumetailor.auth.entity;
