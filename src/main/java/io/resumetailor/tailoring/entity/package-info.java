/** Generations, their reports (scores explained, guard warnings, sources). */
package io.resumetailor.tailoring.entity;
