/** The {@code usage_logs} entity, operations, provider types, admissions and budget reservations. */
package io.resumetailor.usage.entity;
