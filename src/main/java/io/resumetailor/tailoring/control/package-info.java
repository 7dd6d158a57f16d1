/** Match scoring, the fabrication guard and the built-in extractive tailoring. */
package io.resumetailor.tailoring.control;
