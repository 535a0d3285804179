-- The documented integer ids of orders (orders.id), allocated before PlaceOrderCommand and carried in its event,
-- so a replayed read model has the same ids; the readable order number is made from the same value.
CREATE SEQUENCE order_id_seq;
