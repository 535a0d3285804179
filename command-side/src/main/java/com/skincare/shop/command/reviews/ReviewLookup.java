package com.skincare.shop.command.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.ReviewId;

/**
 * Set validation for the review's command handlers: one review per customer and product. Written in the same
 * transaction as the events, so a refused command claims nothing. Command handlers receive it as a parameter.
 */
public interface ReviewLookup {

    /** Claims the pair for the review; true when it is now, or already was, this review's. */
    boolean claim(UserId author, ProductId product, ReviewId review);

    /** Frees the pair once the review is gone; a claim of another review is left alone. */
    void release(UserId author, ProductId product, ReviewId review);
}
