/**
 * Settings: the system config store (platform LLM switch, BYOK switch, platform
 * provider, monthly budget), typed, cached and invalidated on change.
 */
package io.resumetailor.settings;
