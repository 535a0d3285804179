-- What the checkout must know beyond the Order aggregate. Rows are written in the transaction that places the order
-- (appends its OrderPlacedEvent), so a refused checkout leaves nothing behind, and the primary keys serialise two
-- nodes placing at once. Not read models: no query reads them, and a projection replay never touches them.

-- One order per customer and Idempotency-Key: a retried request finds the order the first one placed. The
-- fingerprint (SHA-256 of the request's contents) tells a retry from another request under the same key.
CREATE TABLE order_requests (
    user_id         BIGINT       NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    order_id        BIGINT       NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);

-- The customer's first order, for coupons that are for a first order only: claimed by the order placed while no
-- other holds it, given back when that order is rejected, so a refused first attempt leaves the customer new.
CREATE TABLE first_orders (
    user_id  BIGINT PRIMARY KEY,
    order_id BIGINT NOT NULL UNIQUE
);

-- The cart lines an order checked out, until the order is decided: taken out of the cart once it is confirmed,
-- left there when it is rejected.
CREATE TABLE checkout_cart_lines (
    order_id   BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    line_id    BIGINT NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
