-- What the catalog's command handlers must know beyond one aggregate: who owns a SKU or a slug, and the category
-- tree. Rows are written in the transaction that appends the events they guard, so a refused or failed command
-- leaves nothing behind, and the unique keys serialise concurrent claims across nodes. These are not read models:
-- no query reads them, and a projection replay never touches them.

CREATE TABLE product_keys (
    kind       VARCHAR(4)   NOT NULL CHECK (kind IN ('sku', 'slug')),
    key_value  VARCHAR(255) NOT NULL,
    product_id BIGINT       NOT NULL,
    PRIMARY KEY (kind, key_value)
);

CREATE TABLE category_slugs (
    slug        VARCHAR(100) PRIMARY KEY,
    category_id BIGINT       NOT NULL
);

-- A deleted category's children become top-level, as in the documented categories table.
CREATE TABLE category_tree (
    category_id BIGINT PRIMARY KEY,
    parent_id   BIGINT REFERENCES category_tree (category_id) ON DELETE SET NULL
);

CREATE INDEX category_tree_parent ON category_tree (parent_id);

-- The documented integer ids, allocated before the creating command is sent and carried in its events.
CREATE SEQUENCE product_id_seq;
CREATE SEQUENCE category_id_seq;
CREATE SEQUENCE product_image_id_seq;
