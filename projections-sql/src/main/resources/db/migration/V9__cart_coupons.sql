-- The coupon a customer's cart holds (POST /api/v1/cart/apply-coupon). The documented schema has no place for it:
-- shopping_cart is one row per product. One row per cart, written by the cart projection from the cart's events.
-- No foreign key to coupons: they are another projection's, rebuilt on their own, and a cart keeps its code even
-- while the coupons are replayed; the query side checks the code against coupons at every read.
CREATE TABLE cart_coupons (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    coupon_id  INTEGER     NOT NULL,
    code       VARCHAR(50) NOT NULL,
    applied_at TIMESTAMP   NOT NULL
);
