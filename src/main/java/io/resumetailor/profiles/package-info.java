/**
 * Profiles: a user's contact details and job-search preferences (country, region, work
 * format, languages), and the completeness rule the client shows.
 */
package io.resumetailor.profiles;
