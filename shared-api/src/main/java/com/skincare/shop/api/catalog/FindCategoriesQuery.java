package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.PageRequest;

/** Answers a {@code ResultPage<CategoryView>} ordered by sort order then name; shoppers see active ones only. */
public record FindCategoriesQuery(boolean shopperView, PageRequest page) {
}
