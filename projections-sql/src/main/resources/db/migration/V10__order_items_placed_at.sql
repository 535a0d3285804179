-- The sales reports find the orders of a range by their time of placing, which only order_items.created_at holds
-- to the second (orders.created_at is the documented DATE). Every line of an order carries the placing's
-- timestamp, so a range of lines is a range of orders; without this index each report reads every line.
CREATE INDEX idx_order_items_created_at ON order_items(created_at);
