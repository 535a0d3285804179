-- The history of every product's stock, beside the documented schema: one row per stock event of a product
-- (its creation with the opening stock, restocks, adjustments, orders, cancellations, refunds), kept by the
-- inventory projection. A row is keyed by the event's identity, the product and the event's place in the
-- product's own history, so a redelivered event writes nothing twice and a product's rows order exactly as the
-- product decided them. No foreign key to products: that table is the catalog projection's, on a stream of its
-- own, and this one must not wait for it or fall with its replay.
CREATE TYPE stock_change_reason AS ENUM ('initial', 'restock', 'adjustment', 'order', 'cancellation', 'refund');

CREATE TABLE stock_movements (
    product_id      INTEGER NOT NULL,
    sequence_number BIGINT NOT NULL CHECK (sequence_number >= 0),
    reason          stock_change_reason NOT NULL,
    delta           INTEGER NOT NULL,
    stock_after     INTEGER NOT NULL,
    occurred_at     TIMESTAMP NOT NULL,
    -- A product's history, newest first, is a backward scan of this key.
    PRIMARY KEY (product_id, sequence_number)
);
