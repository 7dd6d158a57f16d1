/**
 * Metering: admission against daily limits, settlement, the platform budget, stale
 * admissions after a crash, and the usage reports ({@code /api/usage}).
 */
package io.resumetailor.usage.boundary;
