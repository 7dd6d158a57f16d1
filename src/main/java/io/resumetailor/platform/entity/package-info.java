/** Value rules shared by several components' entities and requests (dates, URLs, countries). */
package io.resumetailor.platform.entity;
