/** Reading documents: type sniffing, text extraction, the built-in parser, and reading model answers. */
package io.resumetailor.resumes.control;
