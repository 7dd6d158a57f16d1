/**
 * The metered model gateway every model task goes through, BYOK request headers, and the
 * BYOK key metadata endpoints ({@code /api/llm-keys}).
 */
package io.resumetailor.llm.boundary;
