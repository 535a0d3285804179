package com.skincare.shop.api.feed;

/**
 * The events of the store after {@code after}, oldest first, at most {@code limit} of them. The answer may hold
 * fewer, down to none, while an event below a later one may still commit (see {@link FeedPageView}).
 *
 * @param after a position the caller has seen, 0 for the start
 * @param limit how many events at most
 */
public record FindFeedEventsQuery(long after, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
