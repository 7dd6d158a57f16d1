/** The {@code system_config} entity and its known keys with their types and rules. */
package io.resumetailor.settings.entity;
