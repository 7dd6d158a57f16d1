/** Values the pages are rendered from. */
package io.resumetailor.web.entity;
