/** Which addresses are screens, what the pages' Content-Security-Policy allows, and the page templates. */
package io.resumetailor.web.control;
