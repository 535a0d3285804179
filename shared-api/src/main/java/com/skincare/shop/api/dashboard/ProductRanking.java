package com.skincare.shop.api.dashboard;

/** What puts one product before another in a ranking: the money its lines brought, or the units sold. */
public enum ProductRanking {
    REVENUE, UNITS
}
