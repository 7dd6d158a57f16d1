/**
 * API documentation: completes the OpenAPI document MicroProfile OpenAPI generates
 * (component schemas of every request and response type, paged lists, the problem schema
 * on every error). It knows every component's types, so it sits on top of all of them.
 */
package io.resumetailor.apidocs;
