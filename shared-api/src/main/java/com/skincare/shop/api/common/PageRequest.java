package com.skincare.shop.api.common;

/** Which page of a list to answer; {@code page} counts from 1, {@code limit} is 1..100. */
public record PageRequest(int page, int limit) {

    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
