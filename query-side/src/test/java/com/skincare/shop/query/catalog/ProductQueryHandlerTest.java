package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategorySummary;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductImageView;
import com.skincare.shop.api.catalog.ProductSort;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductQueryHandlerTest {

    private static ScratchDatabase database;
    private static ProductQueryHandler handler;

    @BeforeAll
    static void projectTheCatalog() {
        database = ScratchDatabase.fresh("query_side_test");
        handler = new ProductQueryHandler(database.jdbc());
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.category(1, "Serums", "serums", true, 1, "2024-12-01T00:00:00Z");
        catalog.category(2, "Hidden", "hidden", false, 2, "2024-12-01T00:00:00Z");
        catalog.category(3, "Toners", "toners", true, 0, "2024-12-01T00:00:00Z");
        catalog.product(1, "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ").price("25.50").skinType(SkinType.DRY)
                .featured().stock(5).inCategories(1, 2).createdAt("2025-01-01T10:00:00Z");
        catalog.product(2, "Hydrating Toner", "ទឹកសម្អាតមុខ").price("12.00").skinType(SkinType.OILY)
                .category("toners").stock(50).inCategories(3).createdAt("2025-01-02T10:00:00Z");
        catalog.product(3, "Gentle Cleanser", "ក្រែមលាងមុខ").price("8.75").skinType(SkinType.ALL)
                .category("cleansers").stock(0).createdAt("2025-01-02T11:00:00Z");
        catalog.product(4, "100% Pure Aloe_Gel", "ជែលប្រទាលកន្ទុយក្រពើ").price("15.00").skinType(SkinType.SENSITIVE)
                .category("gels").featured().stock(20).createdAt("2025-01-03T10:00:00Z");
        catalog.product(5, "Draft Vitamin Mask", "ម៉ាស់វីតាមីន").price("30.00").skinType(SkinType.OILY)
                .status(ProductStatus.DRAFT).createdAt("2025-01-04T10:00:00Z");
        catalog.product(6, "Old Night Cream", "ក្រែមយប់").price("40.00").skinType(SkinType.DRY)
                .status(ProductStatus.ARCHIVED).createdAt("2025-01-05T10:00:00Z");
        catalog.image(1, 11, 1, false, "2025-01-06T10:00:00Z");
        catalog.image(1, 10, 0, true, "2025-01-06T10:01:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void aKhmerWordInsideANameFindsTheProduct() {
        assertThat(ids(shoppers().search("វីតាមីន"))).containsExactly(1L);
        assertThat(ids(admins().search("វីតាមីន"))).containsExactly(5L, 1L);
    }

    @Test
    void searchIgnoresCaseAndTakesWildcardsLiterally() {
        assertThat(ids(shoppers().search("vItAmIn c"))).containsExactly(1L);
        assertThat(ids(shoppers().search("%"))).containsExactly(4L);
        assertThat(ids(shoppers().search("_"))).containsExactly(4L);
        assertThat(ids(shoppers().search("\\"))).isEmpty();
    }

    @Test
    void categoryMatchesALinkedCategorysSlugOrTheProductsOwnCategory() {
        assertThat(ids(shoppers().category("serums"))).containsExactly(1L);
        assertThat(ids(shoppers().category("toners"))).containsExactly(2L);
        assertThat(ids(shoppers().category("cleansers"))).containsExactly(3L);
        assertThat(ids(shoppers().category("nothing-here"))).isEmpty();
    }

    @Test
    void aSkinTypeAlsoFindsProductsForAllSkinTypes() {
        assertThat(ids(shoppers().skinType(SkinType.OILY))).containsExactly(3L, 2L);
        assertThat(ids(shoppers().skinType(SkinType.SENSITIVE))).containsExactly(4L, 3L);
        assertThat(ids(admins().skinType(SkinType.OILY))).containsExactly(5L, 3L, 2L);
    }

    @Test
    void priceBoundsAndFeaturedNarrowTheList() {
        assertThat(ids(shoppers().prices("10", "20"))).containsExactly(4L, 2L);
        assertThat(ids(shoppers().prices("15.00", "15.00"))).containsExactly(4L);
        assertThat(ids(shoppers().prices(null, "9"))).containsExactly(3L);
        assertThat(ids(shoppers().featured())).containsExactly(4L, 1L);
    }

    @Test
    void adminsSeeEveryStatusAndFilterByIt() {
        assertThat(ids(admins())).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(ids(admins().status(ProductStatus.DRAFT))).containsExactly(5L);
        assertThat(ids(admins().status(ProductStatus.ARCHIVED))).containsExactly(6L);
        assertThat(ids(shoppers().status(ProductStatus.DRAFT))).isEmpty();
    }

    @Test
    void aProductCarriesItsRatingAndSortsByIt() {
        var sql = database.jdbc().getJdbcTemplate();
        sql.update("INSERT INTO product_ratings (product_id, review_count, average_rating) VALUES (2, 3, 4.67), (4, 1, 3.00)");
        try {
            ProductView toner = handler.handle(new FindProductQuery(2, true)).orElseThrow();
            ProductView cleanser = handler.handle(new FindProductQuery(3, true)).orElseThrow();

            assertThat(toner.averageRating()).isEqualByComparingTo("4.67");
            assertThat(toner.reviewCount()).isEqualTo(3);
            assertThat(cleanser.averageRating()).as("unrated").isEqualByComparingTo("0");
            assertThat(cleanser.reviewCount()).isZero();
            assertThat(ids(shoppers(), ProductSort.RATING, SortDirection.DESC)).containsExactly(2L, 4L, 3L, 1L);
            assertThat(ProductQueryHandler.defaultDirection(ProductSort.RATING)).isEqualTo(SortDirection.DESC);
        } finally {
            sql.update("DELETE FROM product_ratings");
        }
    }

    @Test
    void sortsByTheWhitelistedColumnWithTheIdBreakingTies() {
        assertThat(ids(shoppers(), ProductSort.PRICE, SortDirection.ASC)).containsExactly(3L, 2L, 4L, 1L);
        assertThat(ids(shoppers(), ProductSort.PRICE, SortDirection.DESC)).containsExactly(1L, 4L, 2L, 3L);
        assertThat(ids(shoppers(), ProductSort.NAME, SortDirection.ASC)).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(shoppers(), ProductSort.STOCK, SortDirection.DESC)).containsExactly(2L, 4L, 1L, 3L);
        // Products 2 and 3 share a creation date; the id orders them in the same direction.
        assertThat(ids(shoppers(), ProductSort.CREATED_AT, SortDirection.DESC)).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(shoppers(), ProductSort.CREATED_AT, SortDirection.ASC)).containsExactly(1L, 2L, 3L, 4L);
        // Product 1 changed last: its images were added after every creation.
        assertThat(ids(shoppers(), ProductSort.UPDATED_AT, SortDirection.DESC)).containsExactly(1L, 4L, 3L, 2L);
        assertThat(ids(handler.page(new FindProductsQuery(ProductFilter.forShoppers(), null, null, null))))
                .containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void pagesCountEveryMatchAndStopAtTheEnd() {
        ResultPage<ProductView> second = page(shoppers(), 2, 3);
        assertThat(ids(second)).containsExactly(1L);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.hasPrevPage()).isTrue();

        ResultPage<ProductView> first = page(shoppers(), 1, 3);
        assertThat(ids(first)).containsExactly(4L, 3L, 2L);
        assertThat(first.hasNextPage()).isTrue();

        ResultPage<ProductView> beyond = page(shoppers(), 5, 3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(4);
        assertThat(page(admins(), 1, 100).totalItems()).isEqualTo(6);
    }

    @Test
    void shoppersNeverSeeTheCostPriceNorInactiveCategories() {
        ProductView shopperView = only(shoppers().search("Vitamin C"));
        assertThat(shopperView.costPrice()).isNull();
        assertThat(shopperView.categories()).containsExactly(new CategorySummary(1, "Serums", "serums"));

        ProductView adminView = only(admins().search("Vitamin C"));
        assertThat(adminView.costPrice()).isEqualByComparingTo("4.00");
        assertThat(adminView.categories()).containsExactly(new CategorySummary(1, "Serums", "serums"),
                new CategorySummary(2, "Hidden", "hidden"));
    }

    @Test
    void oneProductCarriesEveryColumnItsCategoriesAndItsImages() {
        ProductView product = handler.handle(new FindProductQuery(1, true)).orElseThrow();

        assertThat(product.nameKh()).isEqualTo("សេរ៉ូមវីតាមីនសេ");
        assertThat(product.price()).isEqualTo(new BigDecimal("25.50"));
        assertThat(product.skinType()).isEqualTo(SkinType.DRY);
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(product.featured()).isTrue();
        assertThat(product.stock()).isEqualTo(5);
        assertThat(product.dimensions()).isEqualTo(new Dimensions(new BigDecimal("4"), new BigDecimal("4"),
                new BigDecimal("12"), "cm"));
        assertThat(product.skinConcerns()).containsExactly("dryness");
        assertThat(product.ingredients()).containsExactly("Water", "Niacinamide");
        assertThat(product.createdAt()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(product.publishedAt()).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(product.updatedAt()).isEqualTo(Instant.parse("2025-01-06T10:01:00Z"));
        assertThat(product.images()).extracting(ProductImageView::id).containsExactly(10L, 11L);
        assertThat(product.images().get(0)).isEqualTo(new ProductImageView(10, "https://img.example/10.jpg",
                "image 10", 0, true, Instant.parse("2025-01-06T10:01:00Z")));
    }

    @Test
    void aDraftIsFoundByAdminsOnly() {
        assertThat(handler.handle(new FindProductQuery(5, true))).isEmpty();
        assertThat(handler.handle(new FindProductQuery(5, false))).get()
                .extracting(ProductView::status).isEqualTo(ProductStatus.DRAFT);
        assertThat(handler.handle(new FindProductQuery(404, false))).isEmpty();
    }

    private static Filter shoppers() {
        return new Filter(ProductFilter.forShoppers());
    }

    private static Filter admins() {
        return new Filter(new ProductFilter(null, null, null, null, null, null, null, null, null, false));
    }

    private static List<Long> ids(Filter filter) {
        return ids(filter, ProductSort.CREATED_AT, SortDirection.DESC);
    }

    private static List<Long> ids(Filter filter, ProductSort sort, SortDirection direction) {
        return ids(handler.page(new FindProductsQuery(filter.value, sort, direction, new PageRequest(1, 100))));
    }

    private static List<Long> ids(ResultPage<ProductView> page) {
        return page.items().stream().map(ProductView::id).toList();
    }

    private static ResultPage<ProductView> page(Filter filter, int page, int limit) {
        return handler.page(new FindProductsQuery(filter.value, ProductSort.CREATED_AT, SortDirection.DESC,
                new PageRequest(page, limit)));
    }

    private static ProductView only(Filter filter) {
        List<ProductView> items = handler.page(new FindProductsQuery(filter.value, ProductSort.CREATED_AT,
                SortDirection.DESC, new PageRequest(1, 100))).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** A product filter changed one field at a time, to keep the cases above readable. */
    private record Filter(ProductFilter value) {

        Filter search(String text) {
            return new Filter(new ProductFilter(text, value.category(), value.skinType(), value.concern(),
                    value.minPrice(), value.maxPrice(), value.inStock(), value.featured(), value.status(),
                    value.shopperView()));
        }

        Filter category(String slug) {
            return new Filter(new ProductFilter(value.search(), slug, value.skinType(), value.concern(),
                    value.minPrice(), value.maxPrice(), value.inStock(), value.featured(), value.status(),
                    value.shopperView()));
        }

        Filter skinType(SkinType skinType) {
            return new Filter(new ProductFilter(value.search(), value.category(), skinType, value.concern(),
                    value.minPrice(), value.maxPrice(), value.inStock(), value.featured(), value.status(),
                    value.shopperView()));
        }

        Filter prices(String min, String max) {
            return new Filter(new ProductFilter(value.search(), value.category(), value.skinType(), value.concern(),
                    min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                    value.inStock(), value.featured(), value.status(), value.shopperView()));
        }

        Filter featured() {
            return new Filter(new ProductFilter(value.search(), value.category(), value.skinType(), value.concern(),
                    value.minPrice(), value.maxPrice(), value.inStock(), true, value.status(), value.shopperView()));
        }

        Filter status(ProductStatus status) {
            return new Filter(new ProductFilter(value.search(), value.category(), value.skinType(), value.concern(),
                    value.minPrice(), value.maxPrice(), value.inStock(), value.featured(), status,
                    value.shopperView()));
        }
    }
}
