-- The cart's coupon an order took when it checked the cart out, until the order is decided: taken off the cart
-- with the lines once the order is confirmed (while the cart still holds that coupon), left there when rejected.
CREATE TABLE checkout_cart_coupons (
    order_id  BIGINT PRIMARY KEY,
    coupon_id BIGINT NOT NULL
);
