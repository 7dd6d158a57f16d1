/**
 * The web app for job seekers and operators, served by the same WAR at {@code /}: the app
 * page for every screen's address (so deep links and reloads work), the security headers
 * of the pages, and Swagger UI at {@code /api-docs}. The screens themselves are static
 * ES modules under {@code src/main/webapp/app} that use only the public API under
 * {@code /api}. This component sits on top of all others: none of them imports it.
 */
package io.resumetailor.web;
