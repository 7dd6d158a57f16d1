/** Vacancies: the jobs a user targets, each the input of tailoring and match scoring. */
package io.resumetailor.vacancies;
