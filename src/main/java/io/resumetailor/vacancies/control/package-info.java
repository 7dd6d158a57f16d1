/** What vacancies compute from their data: their requirements, through the matching component. */
package io.resumetailor.vacancies.control;
