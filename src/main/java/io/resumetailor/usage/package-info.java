/**
 * Usage: metering of every parse, generate and export ({@code usage_logs}), per-role
 * daily limits, and the monthly platform budget.
 */
package io.resumetailor.usage;
