package com.skincare.shop.query.admin;

/**
 * One projection as an operator sees it: how far it has read ({@code position}), where the event store ends
 * ({@code head}), the difference, and whether it is rebuilding.
 */
public record ProjectionStatus(String name, long position, long head, long lag, boolean replaying, boolean running) {
}
