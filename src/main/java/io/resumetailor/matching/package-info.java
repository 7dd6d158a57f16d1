/**
 * Matching: how well a resume matches a vacancy, for any profession in English, German,
 * French, Spanish and Russian. Requirements are extracted from a vacancy's text as phrases
 * (must-have, nice-to-have, never its noise), found in a resume as located evidence and
 * turned into a deterministic, explained score. Depends only on the resume's content,
 * {@code platform} and {@code problems}.
 */
package io.resumetailor.matching;
