/** The users facade: sign-in upsert, role lookups and changes, listing for admins; and the user view. */
package io.resumetailor.users.boundary;
