/** The servlet filter that answers the app's addresses and puts the security headers on pages. */
package io.resumetailor.web.boundary;
