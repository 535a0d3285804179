package com.skincare.shop.api.catalog;

public record CategoryCreatedEvent(CategoryId categoryId, CategoryDetails details) implements CategoryEvent {
}
