/**
 * The values of matching as clients see them: a requirement (what a vacancy asks for),
 * where a resume evidences it, and the explained score. Records, serialised as JSON in
 * vacancies and generation reports.
 */
package io.resumetailor.matching.entity;
