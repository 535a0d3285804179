-- What the coupon's command handlers must know beyond one aggregate: which coupon owns a code. Codes are kept in
-- upper case, so the primary key makes them unique without regard to case. Written in the transaction that
-- appends the events it guards; the key serialises two nodes claiming the same code. Freed when the coupon is
-- deleted or takes another code. Not a read model.
CREATE TABLE coupon_codes (
    code      VARCHAR(50) PRIMARY KEY,
    coupon_id BIGINT      NOT NULL
);

CREATE INDEX coupon_codes_coupon ON coupon_codes (coupon_id);

-- The documented integer ids of coupons and of their uses (coupon_usage.id), allocated before the command and
-- carried in its events, so a replayed read model has the same ids.
CREATE SEQUENCE coupon_id_seq;
CREATE SEQUENCE coupon_usage_id_seq;
