package com.skincare.shop.api.catalog;

/** Answers an optional {@link CategoryView}. */
public record FindCategoryQuery(long categoryId, boolean shopperView) {
}
