-- Product search (ProductConditions and SearchSuggestionQueryHandler on the query side). Expression indexes
-- only: the documented products table keeps its columns. Each expression here must stay character for character
-- the one the queries use, or PostgreSQL cannot match a query to its index; ProductSearchMigrationTest checks
-- that the plans use them.

-- Trigrams for substring matching. Khmer runs its words together, so a Khmer search is a substring search; a
-- trigram index serves ILIKE '%...%' from three characters on (shorter strings scan, and stay correct).
-- A trusted extension since PostgreSQL 13: a database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The product projector stores the searchable texts in Unicode NFC, and the query side normalises the search
-- string the same way, so text written in one form and typed in another still match. Normalising inside the
-- indexes instead would cost every scan that misses them a normalize() per row, which the planner does not
-- price. Rows written before this migration are brought to the form a replay would write.
UPDATE products SET
    name_en = normalize(name_en, NFC),
    name_kh = normalize(name_kh, NFC),
    short_description = normalize(short_description, NFC),
    description_en = normalize(description_en, NFC),
    description_kh = normalize(description_kh, NFC)
WHERE NOT (name_en IS NFC NORMALIZED AND coalesce(name_kh, '') IS NFC NORMALIZED
    AND coalesce(short_description, '') IS NFC NORMALIZED AND coalesce(description_en, '') IS NFC NORMALIZED
    AND coalesce(description_kh, '') IS NFC NORMALIZED);

-- English full text with stemming ('creams' finds 'cream'), the name weighing most, then the short
-- description, then the description.
CREATE INDEX idx_products_search_words ON products USING gin ((
    setweight(to_tsvector('english', coalesce(name_en, '')), 'A')
    || setweight(to_tsvector('english', coalesce(short_description, '')), 'B')
    || setweight(to_tsvector('english', coalesce(description_en, '')), 'C')));

-- Every searchable text of a product in one string, a line each: a search string never holds a line break
-- (whitespace is collapsed to single spaces before matching), so no match spans two fields.
CREATE INDEX idx_products_search_text_trgm ON products USING gin ((
    coalesce(name_en, '') || E'\n' || coalesce(name_kh, '') || E'\n' || coalesce(short_description, '')
        || E'\n' || coalesce(description_en, '') || E'\n' || coalesce(description_kh, '')) gin_trgm_ops);

-- The names alone, for the search suggestions.
CREATE INDEX idx_products_names_trgm ON products USING gin ((
    coalesce(name_en, '') || E'\n' || coalesce(name_kh, '')) gin_trgm_ops);

-- The concern filter: skin_concerns @> ARRAY['acne'].
CREATE INDEX idx_products_skin_concerns ON products USING gin (skin_concerns);
