package com.skincare.shop.api.catalog;

public record CategoryDeletedEvent(CategoryId categoryId) implements CategoryEvent {
}
