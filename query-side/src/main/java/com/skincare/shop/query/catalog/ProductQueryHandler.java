package com.skincare.shop.query.catalog;

import com.skincare.shop.query.Columns;
import com.skincare.shop.api.catalog.CategorySummary;
import com.skincare.shop.api.catalog.FacetCountView;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.ProductFacetsView;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindRelatedProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductImageView;
import com.skincare.shop.api.catalog.ProductSort;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.projections.SqlArrays;
import com.skincare.shop.projections.catalog.CatalogJson;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers the product queries from the catalog read tables alone. The categories and images of a page of products
 * are read in one query each, never per product. In the shopper view only active products are found, their cost
 * price is left out and only active categories are listed with them. A search orders by relevance unless a sort
 * is given.
 */
@Component
public class ProductQueryHandler {

    static final int DEFAULT_LIMIT = 20;

    private static final String COLUMNS = """
            p.id, p.name_en, p.name_kh, p.slug, p.description_en, p.description_kh, p.short_description, p.sku,
            p.barcode, p.price, p.compare_at_price, p.cost_price, p.stock, p.track_inventory, p.allow_backorders,
            p.weight, p.dimensions::text AS dimensions, p.skin_type::text AS skin_type, p.category, p.skin_concerns,
            p.ingredients::text AS ingredients, p.usage_instructions, p.image_url, p.meta_title, p.meta_description,
            p.status::text AS status, p.is_featured, p.created_at, p.updated_at, p.published_at,
            coalesce(r.average_rating, 0) AS average_rating, coalesce(r.review_count, 0) AS review_count
            """;

    /** A product and its rating, which it has once a review of it was moderated. */
    private static final String PRODUCTS = " FROM products p LEFT JOIN product_ratings r ON r.product_id = p.id";

    private static final String CATEGORIES_OF = """
            SELECT pc.product_id, c.id, c.name, c.slug
            FROM product_categories pc JOIN categories c ON c.id = pc.category_id
            WHERE pc.product_id = ANY(:ids) AND (c.is_active OR NOT :shopperView)
            ORDER BY c.sort_order, c.name, c.id
            """;

    private static final String IMAGES_OF = """
            SELECT id, product_id, image_url, alt_text, sort_order, is_primary, created_at
            FROM product_images
            WHERE product_id = ANY(:ids)
            ORDER BY sort_order, id
            """;

    static final int MAX_RELATED = 20;

    private static final String RELATED = """
            SELECT p.id
            FROM products t
            JOIN products p ON p.id <> t.id AND p.status = 'active'
            LEFT JOIN product_ratings r ON r.product_id = p.id
            CROSS JOIN LATERAL (
                SELECT count(*) AS shared FROM product_categories a JOIN product_categories b
                    ON b.category_id = a.category_id AND b.product_id = t.id
                JOIN categories c ON c.id = a.category_id AND c.is_active
                WHERE a.product_id = p.id) s
            CROSS JOIN LATERAL (
                SELECT cardinality(ARRAY(SELECT unnest(p.skin_concerns) INTERSECT SELECT unnest(t.skin_concerns)))
                    AS concerns) k
            WHERE t.id = :id AND t.status = 'active'
              AND (s.shared > 0 OR p.category = t.category OR k.concerns > 0)
            ORDER BY s.shared DESC, (p.category = t.category) DESC, k.concerns DESC,
                     (p.skin_type = t.skin_type OR p.skin_type = 'all') DESC,
                     coalesce(r.average_rating, 0) DESC, p.id
            LIMIT :limit
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ProductQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Answers a {@code ResultPage<ProductView>}. The declared type is raw on purpose: Axon 4 matches a handler to
     * {@code ResponseTypes.instanceOf(ResultPage.class)} only when its return type is a plain class, and finds no
     * handler for a parameterized one (AxonFramework issue #1537).
     */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindProductsQuery query) {
        return page(query);
    }

    ResultPage<ProductView> page(FindProductsQuery query) {
        ProductFilter filter = filterOf(query.filter());
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        ProductSort sort = query.sort() == null ? defaultSort(filter) : query.sort();
        SortDirection direction = query.direction() == null ? defaultDirection(sort) : query.direction();

        ProductConditions conditions = ProductConditions.of(filter);
        Long total = jdbc.queryForObject("SELECT count(*) FROM products p" + conditions.where(),
                conditions.parameters(), Long.class);
        if (total == null || total == 0 || page.offset() >= total) {
            return new ResultPage<>(List.of(), page.page(), page.limit(), total == null ? 0 : total);
        }
        MapSqlParameterSource parameters = conditions.parameters()
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
        List<ProductView> rows = jdbc.query("SELECT " + COLUMNS + PRODUCTS + conditions.where()
                        + " ORDER BY " + orderBy(sort, direction, conditions) + " LIMIT :limit OFFSET :offset",
                parameters, (rs, i) -> product(rs, filter.shopperView()));
        return new ResultPage<>(withRelations(rows, filter.shopperView()), page.page(), page.limit(), total);
    }

    /**
     * The page and the facets of every match. Each facet leaves out its own filter, so a shopper who chose a
     * category still sees the other categories and how many matches each would give.
     */
    @QueryHandler
    public ProductSearchView handle(FindProductsWithFacetsQuery query) {
        ProductFilter filter = filterOf(query.filter());
        ResultPage<ProductView> page = page(new FindProductsQuery(filter, query.sort(), query.direction(),
                query.page()));
        return new ProductSearchView(page,
                new ProductFacetsView(categoryFacet(filter.withoutCategory()), skinTypeFacet(filter.withoutSkinType())));
    }

    @QueryHandler
    public Optional<ProductView> handle(FindProductQuery query) {
        List<ProductView> rows = jdbc.query("SELECT " + COLUMNS + PRODUCTS + " WHERE p.id = :id"
                        + (query.shopperView() ? " AND p.status = 'active'" : ""),
                new MapSqlParameterSource("id", query.productId()), (rs, i) -> product(rs, query.shopperView()));
        return withRelations(rows, query.shopperView()).stream().findFirst();
    }

    /**
     * The products most like the given one: sharing more of its categories first, then of its kind
     * ({@code category}), then sharing skin concerns, then made for its skin type, the best rated first among
     * equals. A product sharing nothing of these is not related. Answers nothing for a product shoppers cannot see.
     */
    @QueryHandler
    public List<ProductView> handle(FindRelatedProductsQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", query.productId())
                .addValue("limit", Math.max(1, Math.min(query.limit(), MAX_RELATED)));
        List<Long> ids = jdbc.queryForList(RELATED, parameters, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProductView> rows = jdbc.query("SELECT " + COLUMNS + PRODUCTS + " WHERE p.id = ANY(:ids)",
                new MapSqlParameterSource("ids", SqlArrays.bigint(ids)), (rs, i) -> product(rs, true));
        Map<Long, ProductView> byId = withRelations(rows, true).stream()
                .collect(Collectors.toMap(ProductView::id, p -> p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A query without a filter gets the narrowest view, never the admin's. */
    private static ProductFilter filterOf(ProductFilter filter) {
        return filter == null ? ProductFilter.forShoppers() : filter;
    }

    /** The best matches first when searching, else the newest. */
    static ProductSort defaultSort(ProductFilter filter) {
        return filter.search() != null ? ProductSort.RELEVANCE : ProductSort.CREATED_AT;
    }

    /** Newest, best rated and most relevant first by default; every other order reads naturally from the smallest. */
    static SortDirection defaultDirection(ProductSort sort) {
        return sort == ProductSort.CREATED_AT || sort == ProductSort.RATING || sort == ProductSort.RELEVANCE
                ? SortDirection.DESC : SortDirection.ASC;
    }

    /** Columns come from the enum, never from the request; the id breaks ties so pages never overlap. */
    private static String orderBy(ProductSort sort, SortDirection direction, ProductConditions conditions) {
        List<String> keys = switch (sort) {
            case CREATED_AT -> List.of("p.created_at");
            case UPDATED_AT -> List.of("p.updated_at");
            case PRICE -> List.of("p.price");
            case NAME -> List.of("p.name_en");
            case STOCK -> List.of("p.stock");
            case RATING -> List.of("coalesce(r.average_rating, 0)");
            case RELEVANCE -> conditions.relevance().isEmpty() ? List.of("p.created_at") : conditions.relevance();
        };
        String order = direction == SortDirection.ASC ? " ASC" : " DESC";
        return Stream.concat(keys.stream(), Stream.of("p.id")).map(key -> key + order)
                .collect(Collectors.joining(", "));
    }

    /**
     * A value is a product's own category or the slug of a category it is linked to or of any category above that
     * one (in the shopper view through active ones only), each product counted once per value: exactly what the
     * category filter, which takes a category's whole branch, would find.
     */
    private List<FacetCountView> categoryFacet(ProductFilter filter) {
        ProductConditions conditions = ProductConditions.of(filter);
        return jdbc.query("""
                        WITH RECURSIVE up(linked, slug, parent_id) AS (
                            SELECT c.id, c.slug, c.parent_id FROM categories c WHERE c.is_active OR NOT :shopperView
                            UNION ALL
                            SELECT u.linked, a.slug, a.parent_id FROM up u JOIN categories a ON a.id = u.parent_id
                            WHERE a.is_active OR NOT :shopperView
                        ),
                        matching AS MATERIALIZED (SELECT p.id, p.category FROM products p%s)
                        SELECT value, count(*) AS count FROM (
                            SELECT m.id, m.category AS value FROM matching m
                            UNION
                            SELECT m.id, u.slug FROM matching m
                            JOIN product_categories pc ON pc.product_id = m.id
                            JOIN up u ON u.linked = pc.category_id
                        ) product_values
                        GROUP BY value
                        ORDER BY count DESC, value
                        """.formatted(conditions.where()),
                conditions.parameters().addValue("shopperView", filter.shopperView()),
                (rs, i) -> new FacetCountView(rs.getString("value"), rs.getLong("count")));
    }

    /**
     * A skin type counts the products made for it and those made for all skin types, as the skin type filter
     * finds them; {@code all} counts only its own.
     */
    private List<FacetCountView> skinTypeFacet(ProductFilter filter) {
        ProductConditions conditions = ProductConditions.of(filter);
        Map<SkinType, Long> made = new EnumMap<>(SkinType.class);
        jdbc.query("SELECT p.skin_type::text AS skin_type, count(*) AS count FROM products p" + conditions.where()
                        + " GROUP BY p.skin_type", conditions.parameters(),
                rs -> {
                    long count = rs.getLong("count");
                    SkinType.fromCode(rs.getString("skin_type")).ifPresent(t -> made.put(t, count));
                });
        long forAll = made.getOrDefault(SkinType.ALL, 0L);
        return Arrays.stream(SkinType.values())
                .map(t -> new FacetCountView(t.code(), t == SkinType.ALL ? forAll : made.getOrDefault(t, 0L) + forAll))
                .filter(facet -> facet.count() > 0)
                .sorted(Comparator.comparingLong(FacetCountView::count).reversed()
                        .thenComparing(FacetCountView::value))
                .toList();
    }

    private List<ProductView> withRelations(List<ProductView> products, boolean shopperView) {
        if (products.isEmpty()) {
            return products;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("ids", SqlArrays.bigint(products.stream().map(ProductView::id).toList()))
                .addValue("shopperView", shopperView);
        Map<Long, List<CategorySummary>> categories = jdbc.query(CATEGORIES_OF, parameters,
                        (rs, i) -> Map.entry(rs.getLong("product_id"),
                                new CategorySummary(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<ProductImageView>> images = jdbc.query(IMAGES_OF, parameters,
                        (rs, i) -> Map.entry(rs.getLong("product_id"), image(rs)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return products.stream()
                .map(p -> withRelations(p, categories.getOrDefault(p.id(), List.of()),
                        images.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static ProductView product(ResultSet rs, boolean shopperView) throws SQLException {
        return new ProductView(
                rs.getLong("id"),
                rs.getString("name_en"),
                rs.getString("name_kh"),
                rs.getString("slug"),
                rs.getString("description_en"),
                rs.getString("description_kh"),
                rs.getString("short_description"),
                rs.getString("sku"),
                rs.getString("barcode"),
                rs.getBigDecimal("price"),
                rs.getBigDecimal("compare_at_price"),
                shopperView ? null : rs.getBigDecimal("cost_price"),
                rs.getInt("stock"),
                rs.getBoolean("track_inventory"),
                rs.getBoolean("allow_backorders"),
                rs.getBigDecimal("weight"),
                CatalogJson.readDimensions(rs.getString("dimensions")),
                SkinType.fromCode(rs.getString("skin_type")).orElse(null),
                rs.getString("category"),
                strings(rs.getArray("skin_concerns")),
                CatalogJson.readStrings(rs.getString("ingredients")),
                rs.getString("usage_instructions"),
                rs.getString("image_url"),
                rs.getString("meta_title"),
                rs.getString("meta_description"),
                ProductStatus.fromCode(rs.getString("status")).orElse(null),
                rs.getBoolean("is_featured"),
                rs.getObject("created_at", LocalDate.class),
                Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "published_at"),
                rs.getBigDecimal("average_rating"),
                rs.getInt("review_count"),
                List.of(),
                List.of());
    }

    private static ProductView withRelations(ProductView p, List<CategorySummary> categories,
                                             List<ProductImageView> images) {
        return new ProductView(p.id(), p.nameEn(), p.nameKh(), p.slug(), p.descriptionEn(), p.descriptionKh(),
                p.shortDescription(), p.sku(), p.barcode(), p.price(), p.compareAtPrice(), p.costPrice(), p.stock(),
                p.trackInventory(), p.allowBackorders(), p.weight(), p.dimensions(), p.skinType(), p.category(),
                p.skinConcerns(), p.ingredients(), p.usageInstructions(), p.imageUrl(), p.metaTitle(),
                p.metaDescription(), p.status(), p.featured(), p.createdAt(), p.updatedAt(), p.publishedAt(),
                p.averageRating(), p.reviewCount(), List.copyOf(categories), List.copyOf(images));
    }

    private static ProductImageView image(ResultSet rs) throws SQLException {
        return new ProductImageView(rs.getLong("id"), rs.getString("image_url"), rs.getString("alt_text"),
                rs.getInt("sort_order"), rs.getBoolean("is_primary"), Columns.instant(rs, "created_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
