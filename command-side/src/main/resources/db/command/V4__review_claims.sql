-- What the review's command handlers must know beyond one aggregate: which review a customer wrote for a product,
-- so there is one per customer and product. Written in the transaction that appends the events it guards; the
-- primary key serialises two nodes taking the same claim. Freed when the review is deleted. Not a read model.

CREATE TABLE review_claims (
    user_id    BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    review_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, product_id)
);

CREATE SEQUENCE review_id_seq;

-- Other contexts ask the catalog whether a product exists (ProductDirectory) by its id.
CREATE INDEX product_keys_product ON product_keys (product_id);
