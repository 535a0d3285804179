package com.skincare.shop.api.catalog;

/** A filter value and how many matches it would leave. */
public record FacetCountView(String value, long count) {
}
