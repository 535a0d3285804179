-- The documented integer ids of cart lines (shopping_cart.id), allocated before the command and carried in its
-- event, so a replayed read model has the same ids.
CREATE SEQUENCE cart_line_id_seq;
