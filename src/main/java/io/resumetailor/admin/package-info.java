/**
 * Administration for super admins: users and roles, system settings, usage and cost
 * reports. A composition on top: the work is done by the users, settings and usage
 * components; this component only offers it under {@code /api/admin}.
 */
package io.resumetailor.admin;
