/** The profile entity, its jsonb parts (phones, languages) and the work-format enum. */
package io.resumetailor.profiles.entity;
