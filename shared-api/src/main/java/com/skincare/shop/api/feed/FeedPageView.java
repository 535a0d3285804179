package com.skincare.shop.api.feed;

import java.util.List;

/**
 * A page of the event feed. {@code next} is the position to ask after for the following page: the last event's,
 * or the asked position when the page is empty. A page stops short of an event whose lower neighbour may still
 * be committing, so that resuming after {@code next} never skips one.
 */
public record FeedPageView(List<FeedEventView> events, long next) {

    public FeedPageView {
        events = List.copyOf(events);
    }
}
