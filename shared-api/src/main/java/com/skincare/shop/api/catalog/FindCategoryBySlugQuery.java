package com.skincare.shop.api.catalog;

/** Answers an optional {@link CategoryView}. */
public record FindCategoryBySlugQuery(String slug, boolean shopperView) {
}
