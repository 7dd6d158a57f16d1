/** Administration for super admins: users and roles (settings and usage reports come with their components). */
package io.resumetailor.admin;
