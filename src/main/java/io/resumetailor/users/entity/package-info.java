/** The user entity and the roles. */
package io.resumetailor.users.entity;
