-- Indexes the catalog queries need beyond the documented schema, which indexes no column of these two tables
-- apart from the primary keys.

-- Every product list and product page loads the images of its products by product id.
CREATE INDEX idx_product_images_product_id ON product_images(product_id);

-- The category filter finds a category's products from its id, and deleting a category cascades by it; the
-- primary key (product_id, category_id) serves lookups by product only.
CREATE INDEX idx_product_categories_category_id ON product_categories(category_id);
