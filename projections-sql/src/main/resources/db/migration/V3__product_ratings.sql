-- A product's rating: how many approved reviews it has and their average, kept by the review projector as
-- reviews are approved, rejected, edited and deleted, so product lists can show it and sort by it without
-- aggregating the reviews on every read. The one table beside the documented schema; a replay of the
-- customers projection rebuilds it with the reviews it is computed from.
CREATE TABLE product_ratings (
    product_id     INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    review_count   INTEGER NOT NULL DEFAULT 0 CHECK (review_count >= 0),
    average_rating DECIMAL(3,2) NOT NULL DEFAULT 0 CHECK (average_rating >= 0 AND average_rating <= 5)
);

-- A product's public reviews, newest first, and the rating recomputed from them.
CREATE INDEX idx_reviews_product_status ON reviews(product_id, status);
