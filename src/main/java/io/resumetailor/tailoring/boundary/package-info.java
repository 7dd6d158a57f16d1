/**
 * Tailoring endpoints ({@code /api/vacancies/{id}/generations}, {@code /api/generations}),
 * the orchestration of one generation with progress, stored generations, and the cleanup timer.
 */
package io.resumetailor.tailoring.boundary;
