/** Building problem responses, and turning Bean Validation paths into request field names. */
package io.resumetailor.problems.control;
