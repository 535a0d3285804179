package com.skincare.shop.query.admin.deadletters;

import java.time.Instant;

/**
 * One parked event of a projection, as an operator needs it to decide: which sequence (aggregate) it holds up and
 * where it stands in it, which event it is and where it is in the store, why it failed, and since when.
 *
 * @param letterId          the letter's own id, to drop it alone
 * @param sequenceIndex     its place in the sequence, ascending; letters behind the first carry no cause of their own
 * @param position          the event's global position in the store, when known
 * @param retries           failed retries of this letter
 */
public record DeadLetterView(String letterId,
                             String sequenceIdentifier,
                             long sequenceIndex,
                             String eventId,
                             String eventType,
                             String aggregateId,
                             Long aggregateSequence,
                             Long position,
                             Instant occurredAt,
                             String causeType,
                             String causeMessage,
                             Instant enqueuedAt,
                             Instant lastTouched,
                             long retries) {
}
