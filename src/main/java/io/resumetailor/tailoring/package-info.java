/**
 * Tailoring: generations, a base resume rewritten for one vacancy, scored before and
 * after, guarded against fabrication, kept for 90 days.
 */
package io.resumetailor.tailoring;
