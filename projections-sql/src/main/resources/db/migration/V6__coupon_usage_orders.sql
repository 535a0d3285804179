-- Which order each coupon_usage row belongs to, beside the documented schema. The documented
-- coupon_usage.order_id refers to orders(id), which no projection fills yet, and the orders' projection will run on
-- a stream of its own: the coupons projection cannot wait for an order row to exist. So coupon_usage.order_id
-- stays NULL and the order id of the redemption event is kept here, one row per usage row, gone with it.
CREATE TABLE coupon_usage_orders (
    usage_id INTEGER PRIMARY KEY REFERENCES coupon_usage (id) ON DELETE CASCADE,
    order_id BIGINT  NOT NULL
);

CREATE INDEX coupon_usage_orders_order ON coupon_usage_orders (order_id);

-- The customer's uses of a coupon, counted by "validate" and "available".
CREATE INDEX coupon_usage_coupon_user ON coupon_usage (coupon_id, user_id);
