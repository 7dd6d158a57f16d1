/** The problem document and the exception that carries one out of the domain. */
package io.resumetailor.problems.entity;
