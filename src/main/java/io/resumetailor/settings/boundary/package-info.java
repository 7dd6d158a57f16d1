/** The cached, typed system settings facade and its view. */
package io.resumetailor.settings.boundary;
