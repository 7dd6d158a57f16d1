/** {@code /api/vacancies}: the resource, the facade, and the request and view types. */
package io.resumetailor.vacancies.boundary;
