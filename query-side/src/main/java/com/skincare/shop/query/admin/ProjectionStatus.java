package com.skincare.shop.query.admin;

/**
 * One projection as an operator sees it: how far it has read ({@code position}, from its stored tokens, so the
 * same on every node), where the event store ends ({@code head}), the difference, whether it is rebuilding, and
 * how far the rebuild has come (the last one's outcome on the node that ran it; null when nothing is known).
 * {@code running} says whether this node's processor of it is running.
 */
public record ProjectionStatus(String name, long position, long head, long lag, boolean replaying, boolean running,
                               ReplayProgress progress) {
}
