package io.resumetailor.matching.entity;

/** A requirement as a language model proposed it for a vacancy: unchecked, until {@code ModelProposals} has read it against the vacancy's text. */
public record RequirementProposal(String text, boolean mustHave, Integer years) {
}
