-- An order's refunds, beside the documented schema, which has nowhere to keep them. Written by the order
-- projection from each refund event: its number within the order as the key, so a redelivered event is written
-- once and a replay writes the same rows; gone with its order.
CREATE TABLE order_refunds (
    order_id      INTEGER       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    refund_number INTEGER       NOT NULL CHECK (refund_number > 0),
    amount        DECIMAL(10,2) NOT NULL CHECK (amount > 0),
    reason        TEXT,
    restocked     BOOLEAN       NOT NULL DEFAULT false,
    created_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (order_id, refund_number)
);

