-- The documented integer ids of wishlist entries (wishlists.id), allocated before the command and carried in
-- its event, so a replayed read model has the same ids.
CREATE SEQUENCE wishlist_item_id_seq;
