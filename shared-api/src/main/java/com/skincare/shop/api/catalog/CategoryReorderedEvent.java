package com.skincare.shop.api.catalog;

public record CategoryReorderedEvent(CategoryId categoryId, int sortOrder) implements CategoryEvent {
}
