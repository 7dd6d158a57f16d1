/** The OpenAPI filter ({@code mp.openapi.filter}). */
package io.resumetailor.apidocs.boundary;
