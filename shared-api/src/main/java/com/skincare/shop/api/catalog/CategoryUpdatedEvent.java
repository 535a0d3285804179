package com.skincare.shop.api.catalog;

public record CategoryUpdatedEvent(CategoryId categoryId, CategoryDetails details) implements CategoryEvent {
}
