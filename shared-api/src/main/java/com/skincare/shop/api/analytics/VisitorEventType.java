package com.skincare.shop.api.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of visitor event the shop records, as their documented {@code event_type} codes. */
public enum VisitorEventType {
    PAGE_VIEW, PRODUCT_VIEW, CART_ADD, CART_REMOVE, WISHLIST_ADD, CLICK, SEARCH, CHECKOUT_START, PURCHASE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VisitorEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
