/** The vacancy entity and its display title rule. */
package io.resumetailor.vacancies.entity;
