/**
 * Users: the people who sign in, and their role ({@code public}, {@code friend},
 * {@code super_admin}), which decides their limits and what they may administer.
 */
package io.resumetailor.users;
