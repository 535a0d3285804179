package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.SearchText;
import com.skincare.shop.query.LikePatterns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a product list over {@code products p}: fixed SQL fragments, the filter's values only as
 * parameters. The search expressions are those of the indexes in {@code V4__product_search.sql}, character for
 * character, so that PostgreSQL can use them.
 */
final class ProductConditions {

    /** The English words of a product, the name weighing most: {@code idx_products_search_words}. */
    static final String WORDS = "(setweight(to_tsvector('english', coalesce(p.name_en, '')), 'A')"
            + " || setweight(to_tsvector('english', coalesce(p.short_description, '')), 'B')"
            + " || setweight(to_tsvector('english', coalesce(p.description_en, '')), 'C'))";

    /** Every searchable text of a product, a line each: {@code idx_products_search_text_trgm}. */
    static final String TEXTS = "(coalesce(p.name_en, '') || E'\\n' || coalesce(p.name_kh, '') || E'\\n'"
            + " || coalesce(p.short_description, '') || E'\\n' || coalesce(p.description_en, '') || E'\\n'"
            + " || coalesce(p.description_kh, ''))";

    /** Both names, a line each: {@code idx_products_names_trgm}. */
    static final String NAMES = "(coalesce(p.name_en, '') || E'\\n' || coalesce(p.name_kh, ''))";

    /** 'english' for stemming; its stop words never hide a product, since every search also matches substrings. */
    private static final String WORDS_QUERY = "websearch_to_tsquery('english', :search)";

    /**
     * The substring comes first: PostgreSQL evaluates an OR from the left, and where the trigram index found a
     * row it must recheck it, which the substring settles without building the row's words.
     */
    private static final String SEARCH = "(" + TEXTS + " ILIKE :searchPattern OR " + WORDS + " @@ " + WORDS_QUERY + ")";

    /** A string too short for trigrams scans every row, so it skips the words: its substring finds them too. */
    private static final String SHORT_SEARCH = TEXTS + " ILIKE :searchPattern";

    private static final String NAME_STARTS = "(coalesce(p.name_en, '') ILIKE :searchPrefix"
            + " OR coalesce(p.name_kh, '') ILIKE :searchPrefix)";

    private final List<String> sql;
    private final MapSqlParameterSource parameters;
    private final List<String> relevance;

    private ProductConditions(List<String> sql, MapSqlParameterSource parameters, List<String> relevance) {
        this.sql = List.copyOf(sql);
        this.parameters = parameters;
        this.relevance = List.copyOf(relevance);
    }

    String where() {
        return sql.isEmpty() ? "" : " WHERE " + String.join(" AND ", sql);
    }

    /** A fresh copy each time, so that one query's extra parameters never leak into another's. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource(parameters.getValues());
    }

    /**
     * How well a row matches the search, as sort keys, higher first: 2 when a name starts with the search, 1
     * when a name holds it, else 0; then the weight of the English words found. Empty without a search.
     */
    List<String> relevance() {
        return relevance;
    }

    static ProductConditions of(ProductFilter filter) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> relevance = new ArrayList<>();
        if (filter.shopperView()) {
            where.add("p.status = 'active'");
        }
        if (filter.status() != null) {
            where.add("p.status = CAST(:status AS product_status)");
            parameters.addValue("status", filter.status().code());
        }
        // ProductFilter holds its search in SearchText form already.
        String search = filter.search();
        if (search != null) {
            String literal = LikePatterns.literal(search);
            parameters.addValue("search", search)
                    .addValue("searchPattern", "%" + literal + "%")
                    .addValue("searchPrefix", literal + "%");
            relevance.add("(CASE WHEN " + NAME_STARTS + " THEN 2 WHEN " + NAMES + " ILIKE :searchPattern"
                    + " THEN 1 ELSE 0 END)");
            if (SearchText.length(search) < SearchText.TRIGRAM) {
                where.add(SHORT_SEARCH);
            } else {
                where.add(SEARCH);
                relevance.add("ts_rank(" + WORDS + ", " + WORDS_QUERY + ")");
            }
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            // The category's whole branch: a product in "Vitamin C serums" is also in "Serums".
            where.add("""
                    (p.category = :category OR p.id IN (
                        WITH RECURSIVE branch(id) AS (
                            SELECT c.id FROM categories c
                            WHERE c.slug = :category AND (c.is_active OR NOT :categoryShopperView)
                            UNION ALL
                            SELECT c.id FROM categories c JOIN branch b ON c.parent_id = b.id
                            WHERE c.is_active OR NOT :categoryShopperView)
                        SELECT pc.product_id FROM product_categories pc JOIN branch b ON b.id = pc.category_id))""");
            parameters.addValue("category", filter.category())
                    .addValue("categoryShopperView", filter.shopperView());
        }
        if (filter.skinType() != null) {
            where.add("p.skin_type IN (CAST(:skinType AS skin_type), 'all')");
            parameters.addValue("skinType", filter.skinType().code());
        }
        if (filter.concern() != null && !filter.concern().isBlank()) {
            // Containment rather than = ANY, so that the GIN index on skin_concerns serves it.
            where.add("p.skin_concerns @> ARRAY[CAST(:concern AS text)]");
            parameters.addValue("concern", filter.concern().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.minPrice() != null) {
            where.add("p.price >= :minPrice");
            parameters.addValue("minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            where.add("p.price <= :maxPrice");
            parameters.addValue("maxPrice", filter.maxPrice());
        }
        if (filter.inStock() != null) {
            // A product that does not track its stock is always available, as is one taking backorders.
            String available = "(NOT coalesce(p.track_inventory, true) OR coalesce(p.allow_backorders, false)"
                    + " OR coalesce(p.stock, 0) > 0)";
            where.add(filter.inStock() ? available : "NOT " + available);
        }
        if (filter.featured() != null) {
            where.add("p.is_featured = :featured");
            parameters.addValue("featured", filter.featured());
        }
        return new ProductConditions(where, parameters, relevance);
    }
}
