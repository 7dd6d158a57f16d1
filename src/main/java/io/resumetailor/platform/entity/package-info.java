/**
 * Shared entity support: identity and timestamp superclasses, the UTC clock, PostgreSQL
 * enum and jsonb conversion, pages, and value rules used by several components (dates,
 * URLs, countries).
 */
package io.resumetailor.platform.entity;
