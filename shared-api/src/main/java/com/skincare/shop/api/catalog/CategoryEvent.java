package com.skincare.shop.api.catalog;

/** Every event of a category: what a reader that only needs to know "this category changed" handles. */
public interface CategoryEvent {

    CategoryId categoryId();
}
