package com.skincare.shop.api.reviews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The documented integer id of a review; as an aggregate identifier it reads "review-12". */
public record ReviewId(@JsonValue long value) {

    @JsonCreator
    public static ReviewId of(long value) {
        return new ReviewId(value);
    }

    @Override
    public String toString() {
        return "review-" + value;
    }
}
