/**
 * The analysis behind the score: language detection, Lucene analyzers per language, the
 * skills lexicon (data under {@code /matching/lexicon}), requirement extraction, evidence
 * search and the scorer. Plain classes, no container needed, safe to share between threads.
 */
package io.resumetailor.matching.control;
