package com.skincare.shop.query.admin.deadletters;

/**
 * What a retry did: how many sequences it tried, how many it emptied (every letter handled and removed), and the
 * letters still waiting in the projection's queue afterwards.
 */
public record RetryOutcome(String projection, int sequencesTried, int sequencesCleared, long lettersWaiting) {
}
