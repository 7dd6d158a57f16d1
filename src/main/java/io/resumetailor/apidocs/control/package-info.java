/** JSON Schema of a Java type (records, enums, lists, Bean Validation constraints) for the document. */
package io.resumetailor.apidocs.control;
