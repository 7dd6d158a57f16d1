/** Exception mappers and the error servlet: every failure, ours or the container's, leaves as a problem document. */
package io.resumetailor.problems.boundary;
