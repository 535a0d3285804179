package com.skincare.shop.api.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/**
 * One stored event as an outside consumer sees it.
 *
 * @param position      the event's global index in the store: the feed's cursor, strictly increasing
 * @param type          the simple name of the event's class, e.g. {@code ProductCreatedEvent}
 * @param aggregateType the aggregate's type, e.g. {@code Product}; null for an event of no aggregate
 * @param aggregateId   the aggregate's identifier, e.g. {@code product-42}
 * @param sequence      the event's number within its aggregate, from 0
 * @param timestamp     when the event happened
 * @param eventId       the event's unique identifier, for consumers that deduplicate by id
 * @param payload       the event's JSON as stored, without secrets (password hashes, mailed tokens)
 */
public record FeedEventView(long position, String type, String aggregateType, String aggregateId, long sequence,
                            Instant timestamp, String eventId, @JsonRawValue String payload) {
}
