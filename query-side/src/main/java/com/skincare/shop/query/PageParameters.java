package com.skincare.shop.query;

import com.skincare.shop.api.common.PageRequest;

/** The {@code page} and {@code limit} of a plain list, bound as sent (text) and checked by {@link #toPageRequest}. */
public record PageParameters(String page, String limit) {

    public PageRequest toPageRequest(int defaultLimit) {
        return RequestParameters.page(page, limit, defaultLimit);
    }
}
