package com.skincare.shop.projections;

/**
 * The processing group of everything that belongs to a customer: {@code users}, {@code user_addresses},
 * {@code reviews} and the ratings they give products, {@code wishlists}, {@code shopping_cart}, {@code orders} and
 * {@code order_items} (with the order statistics of {@code users}). These tables refer to {@code users}, so one
 * ordered stream writes them: a user's row always exists before anything of theirs, and a deleted user's rows are
 * detached by the documented keys at the same point of the stream on every replay. Their references to products
 * need no such care, since products exist before anyone reviews, carts or orders them, and are never deleted;
 * should a review, a cart line or an order line ever overtake its product's row, the projection fails the batch
 * and retries it.
 */
public final class CustomerProcessing {

    public static final String GROUP = "customers";

    private CustomerProcessing() {
    }
}
