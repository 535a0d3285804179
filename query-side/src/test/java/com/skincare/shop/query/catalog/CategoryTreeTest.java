package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategorySummary;
import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.catalog.FacetCountView;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The category tree as shoppers and admins see it, on this tree:
 * <pre>
 * face (1)
 *   serums (2)
 *     vitamin-c (3)
 *   masks (4, inactive)
 *     sheet-masks (5)
 * body (6)
 * </pre>
 */
class CategoryTreeTest {

    private static final boolean SHOPPERS = true;
    private static final boolean ADMINS = false;

    private static ScratchDatabase database;
    private static CategoryQueryHandler categories;
    private static ProductQueryHandler products;

    @BeforeAll
    static void projectTheTree() {
        database = ScratchDatabase.fresh("query_side_tree_test");
        categories = new CategoryQueryHandler(database.jdbc());
        products = new ProductQueryHandler(database.jdbc());
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.subcategory(1, "face", null, true, 0, "2025-01-01T00:00:00Z");
        catalog.subcategory(2, "serums", 1L, true, 1, "2025-01-01T00:00:01Z");
        catalog.subcategory(3, "vitamin-c", 2L, true, 0, "2025-01-01T00:00:02Z");
        catalog.subcategory(4, "masks", 1L, false, 0, "2025-01-01T00:00:03Z");
        catalog.subcategory(5, "sheet-masks", 4L, true, 0, "2025-01-01T00:00:04Z");
        catalog.subcategory(6, "body", null, true, 1, "2025-01-01T00:00:05Z");
        // 10 is in two categories of the face branch, yet counts once for face.
        catalog.product(10, "Vitamin C Serum", null).category("x").inCategories(2, 3).createdAt("2025-02-01T00:00:00Z");
        catalog.product(11, "Retinol Serum", null).category("x").inCategories(2).createdAt("2025-02-01T00:00:01Z");
        catalog.product(12, "Draft Serum", null).category("x").inCategories(3).status(ProductStatus.DRAFT)
                .createdAt("2025-02-01T00:00:02Z");
        catalog.product(13, "Sheet Mask", null).category("x").inCategories(5).createdAt("2025-02-01T00:00:03Z");
        catalog.product(14, "Body Lotion", null).category("x").inCategories(6).createdAt("2025-02-01T00:00:04Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void aCategoryBelowAnInactiveOneIsHiddenFromShoppers() {
        assertThat(ids(categories.page(new FindCategoriesQuery(SHOPPERS, null)))).containsExactly(1L, 3L, 6L, 2L);
        assertThat(categories.handle(new FindCategoryBySlugQuery("sheet-masks", SHOPPERS))).isEmpty();
        assertThat(categories.handle(new FindCategoryBySlugQuery("sheet-masks", ADMINS))).isPresent();
        assertThat(ids(categories.page(new FindCategoriesQuery(ADMINS, null)))).containsExactly(1L, 4L, 5L, 3L, 6L, 2L);
    }

    @Test
    void aCategoryListsItsVisibleChildrenInOrder() {
        assertThat(categories.handle(new FindCategoryQuery(1, SHOPPERS)).orElseThrow().children())
                .containsExactly(new CategorySummary(2, "serums", "serums"));
        assertThat(categories.handle(new FindCategoryQuery(1, ADMINS)).orElseThrow().children())
                .extracting(CategorySummary::id).containsExactly(4L, 2L);
        assertThat(categories.handle(new FindCategoryQuery(3, SHOPPERS)).orElseThrow().children()).isEmpty();
    }

    @Test
    void countsTheProductsOfTheWholeBranchOnceEach() {
        assertThat(count(1, SHOPPERS)).isEqualTo(2);
        assertThat(count(2, SHOPPERS)).isEqualTo(2);
        assertThat(count(3, SHOPPERS)).isEqualTo(1);
        assertThat(count(6, SHOPPERS)).isEqualTo(1);
        // Admins count drafts, and the products below the inactive masks.
        assertThat(count(1, ADMINS)).isEqualTo(4);
        assertThat(count(4, ADMINS)).isEqualTo(1);
        assertThat(categories.page(new FindCategoriesQuery(SHOPPERS, null)).items())
                .extracting(CategoryView::productCount).containsExactly(2L, 1L, 1L, 2L);
    }

    @Test
    void aCategorysProductsIncludeItsSubcategories() {
        assertThat(productIds("face", SHOPPERS)).containsExactlyInAnyOrder(10L, 11L);
        assertThat(productIds("vitamin-c", SHOPPERS)).containsExactly(10L);
        assertThat(productIds("face", ADMINS)).containsExactlyInAnyOrder(10L, 11L, 12L, 13L);
        assertThat(productIds("masks", SHOPPERS)).isEmpty();
    }

    @Test
    void aCategoryFacetCountsItsWholeBranchLikeTheFilter() {
        ProductFilter serums = new ProductFilter("serum", null, null, null, null, null, null, null, null, SHOPPERS);
        Map<String, Long> facet = products.handle(new FindProductsWithFacetsQuery(serums, null, null,
                        new PageRequest(1, 20))).facets().category().stream()
                .collect(Collectors.toMap(FacetCountView::value, FacetCountView::count));

        assertThat(facet).containsOnly(entry("x", 2L), entry("face", 2L), entry("serums", 2L), entry("vitamin-c", 1L));
        for (String slug : List.of("face", "serums", "vitamin-c")) {
            ProductFilter filtered = new ProductFilter("serum", slug, null, null, null, null, null, null, null, SHOPPERS);
            assertThat((long) products.page(new FindProductsQuery(filtered, null, null, new PageRequest(1, 100)))
                    .items().size()).as(slug).isEqualTo(facet.get(slug));
        }
    }

    private static long count(long id, boolean shopperView) {
        return categories.handle(new FindCategoryQuery(id, shopperView)).orElseThrow().productCount();
    }

    private static List<Long> productIds(String slug, boolean shopperView) {
        ProductFilter filter = new ProductFilter(null, slug, null, null, null, null, null, null, null, shopperView);
        return products.page(new FindProductsQuery(filter, null, null, new PageRequest(1, 100))).items().stream()
                .map(p -> p.id()).toList();
    }

    private static List<Long> ids(ResultPage<CategoryView> page) {
        return page.items().stream().map(CategoryView::id).toList();
    }
}
