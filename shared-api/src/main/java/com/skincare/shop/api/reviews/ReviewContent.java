package com.skincare.shop.api.reviews;

/** What the reviewer writes: a rating from 1 to 5, and an optional title and comment. */
public record ReviewContent(int rating, String title, String comment) {
}
