/** Daily limits per role, operation and key type, from config. */
package io.resumetailor.usage.control;
