package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FacetCountView;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.FindSearchSuggestionsQuery;
import com.skincare.shop.api.catalog.ProductFacetsView;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductSort;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.web.cache.CachedResponses;
import com.skincare.shop.web.cache.ResponseCache;
import com.skincare.shop.web.errors.ErrorHandlingAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the catalog endpoints turn request parameters into queries and answers into the envelope. The query bus is
 * a mock here; the queries themselves run against PostgreSQL in the handler tests.
 */
@WebMvcTest(controllers = {ProductController.class, CategoryController.class, AdminCatalogController.class,
        SearchSuggestionController.class})
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(ErrorHandlingAutoConfiguration.class)
@Import({CatalogCache.class, ProductSearch.class, CatalogControllersTest.NothingCached.class})
class CatalogControllersTest {

    /** Every request reaches the query bus here; the cache has tests of its own. */
    @TestConfiguration
    static class NothingCached {

        @Bean
        CachedResponses cachedResponses(ObjectMapper json) {
            return new CachedResponses(new ResponseCache() {
                @Override
                public Lookup lookup(String key, List<String> scopes) {
                    return new Lookup(key, scopes, "never-stored", null);
                }

                @Override
                public void store(Lookup lookup, byte[] value, Duration ttl) {
                }

                @Override
                public void invalidate(Collection<String> scopes) {
                }
            }, json, new SimpleMeterRegistry());
        }
    }

    private static final ProductView SERUM = new ProductView(7, "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ", "vitamin-c-serum",
            null, null, null, "SER-001", null, new BigDecimal("25.50"), null, null, 5, true, false, null, null,
            SkinType.DRY, "serums", List.of(), List.of(), null, null, null, null, ProductStatus.ACTIVE, true,
            LocalDate.parse("2025-01-01"), Instant.parse("2025-01-02T03:04:05Z"), null, new BigDecimal("4.50"), 2,
            List.of(), List.of());
    private static final CategoryView SERUMS = new CategoryView(3, "Serums", "serums", null, null, null, true, 0,
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), 0, List.of());

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private QueryGateway queryGateway;

    @MockitoBean
    private ProductSearchRecorder searchRecorder;

    @BeforeEach
    void answer() {
        doReturn(CompletableFuture.completedFuture(new ResultPage<>(List.of(SERUM), 2, 5, 11)))
                .when(queryGateway).query(any(FindProductsQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(new ResultPage<>(List.of(SERUMS), 1, 100, 1)))
                .when(queryGateway).query(any(FindCategoriesQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindProductQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindCategoryQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindCategoryBySlugQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(new ProductSearchView(new ResultPage<>(List.of(SERUM), 1, 20, 1),
                new ProductFacetsView(List.of(new FacetCountView("serums", 1)),
                        List.of(new FacetCountView("dry", 1), new FacetCountView("all", 0))))))
                .when(queryGateway).query(any(FindProductsWithFacetsQuery.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(List.of(
                new SearchSuggestionView(7, "vitamin-c-serum", "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ"))))
                .when(queryGateway).query(any(FindSearchSuggestionsQuery.class), any(ResponseType.class));
    }

    @Test
    void aProductListAnswersThePageInTheEnvelope() throws Exception {
        mvc.perform(get("/api/v1/products")
                        .param("page", "2").param("limit", "5").param("sort", "price")
                        .param("min_price", "10").param("max_price", "20.5").param("skin_type", "Oily")
                        .param("search", " វីតាមីន ").param("category", "serums"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.message").value("Products retrieved"))
                .andExpect(jsonPath("$.data.current_page").value(2))
                .andExpect(jsonPath("$.data.per_page").value(5))
                .andExpect(jsonPath("$.data.total_items").value(11))
                .andExpect(jsonPath("$.data.total_pages").value(3))
                .andExpect(jsonPath("$.data.has_next_page").value(true))
                .andExpect(jsonPath("$.data.data[0].name_kh").value("សេរ៉ូមវីតាមីនសេ"))
                .andExpect(jsonPath("$.data.data[0].cost_price").doesNotExist());

        assertThat(productsQuery()).isEqualTo(new FindProductsQuery(
                new ProductFilter("វីតាមីន", "serums", SkinType.OILY, null, new BigDecimal("10"),
                        new BigDecimal("20.5"), null, null, null, true),
                ProductSort.PRICE, SortDirection.ASC, new PageRequest(2, 5)));
    }

    @Test
    void withoutParametersShoppersGetTheNewestActiveProducts() throws Exception {
        mvc.perform(get("/api/v1/products").param("status", "draft")).andExpect(status().isOk());

        assertThat(productsQuery()).isEqualTo(new FindProductsQuery(ProductFilter.forShoppers(),
                ProductSort.CREATED_AT, SortDirection.DESC, new PageRequest(1, 20)));
    }

    @ParameterizedTest
    @CsvSource({
            "newest,     , CREATED_AT, DESC",
            "created_at, , CREATED_AT, DESC",
            "name,       , NAME,       ASC",
            "updated_at, , UPDATED_AT, ASC",
            "stock, desc,  STOCK,      DESC",
            "newest, ASC,  CREATED_AT, ASC"})
    void sortAndOrderChooseTheOrdering(String sort, String order, ProductSort expectedSort,
                                       SortDirection expectedDirection) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/products").param("sort", sort);
        if (order != null) {
            request.param("order", order);
        }
        mvc.perform(request).andExpect(status().isOk());

        assertThat(productsQuery().sort()).isEqualTo(expectedSort);
        assertThat(productsQuery().direction()).isEqualTo(expectedDirection);
    }

    @ParameterizedTest
    @CsvSource({
            "page,       0",
            "page,       1.5",
            "page,       99999999999",
            "limit,      0",
            "limit,      500",
            "limit,      abc",
            "order,      sideways",
            "sort,       unknown",
            "min_price,  abc",
            "min_price,  -1",
            "max_price,  -0.01",
            "max_price,  1e3",
            "min_price,  12.345",
            "skin_type,  greasy",
            "in_stock,   yes",
            "concern,    ac\u0000ne",
            "category,   ser\u0007ums",
            "featured,   maybe"})
    void aBadParameterIsA400NamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/v1/products").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.details[0].field").value(parameter));

        verify(queryGateway, never()).query(any(FindProductsQuery.class), any(ResponseType.class));
    }

    @Test
    void boundsThatCrossAndOverlongSearchesAreRefused() throws Exception {
        mvc.perform(get("/api/v1/products").param("min_price", "20").param("max_price", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("min_price"))
                .andExpect(jsonPath("$.message").value("min_price must not be greater than max_price"));
        mvc.perform(get("/api/v1/products").param("search", "ស".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("search"));
        mvc.perform(get("/api/v1/products").param("search", "ស".repeat(100)))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownSortIsA400ListingTheSorts() throws Exception {
        mvc.perform(get("/api/v1/products").param("sort", "popularity"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.error.details[0].field").value("sort"))
                .andExpect(jsonPath("$.error.details[0].message").value(org.hamcrest.Matchers.containsString(
                        "relevance")));
        mvc.perform(get("/api/v1/products/search").param("q", "serum").param("order", "upwards"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("order"));
    }

    @Test
    void aSearchWithoutASortOrdersByRelevanceAndTheNewFiltersReachTheQuery() throws Exception {
        mvc.perform(get("/api/v1/products").param("search", "  Vitamin\tC ").param("concern", " Acne ")
                        .param("in_stock", "TRUE"))
                .andExpect(status().isOk());

        assertThat(productsQuery()).isEqualTo(new FindProductsQuery(
                new ProductFilter("Vitamin C", null, null, "acne", null, null, true, null, null, true),
                ProductSort.RELEVANCE, SortDirection.DESC, new PageRequest(1, 20)));

        mvc.perform(get("/api/v1/products").param("search", "serum").param("sort", "price")).andExpect(status().isOk());
        assertThat(productsQuery().sort()).isEqualTo(ProductSort.PRICE);
        mvc.perform(get("/api/v1/products").param("sort", "relevance")).andExpect(status().isOk());
        assertThat(productsQuery().sort()).isEqualTo(ProductSort.RELEVANCE);
    }

    @Test
    void theSearchAnswersThePageKeysWithTheFacetsBesideThem() throws Exception {
        mvc.perform(get("/api/v1/products/search").param("q", "វីតាមីន").param("category", "serums")
                        .param("skin_type", "dry").param("concern", "dullness").param("min_price", "5")
                        .param("max_price", "50").param("in_stock", "true").param("page", "1").param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.data.data[0].id").value(7))
                .andExpect(jsonPath("$.data.current_page").value(1))
                .andExpect(jsonPath("$.data.per_page").value(20))
                .andExpect(jsonPath("$.data.total_pages").value(1))
                .andExpect(jsonPath("$.data.total_items").value(1))
                .andExpect(jsonPath("$.data.has_next_page").value(false))
                .andExpect(jsonPath("$.data.has_prev_page").value(false))
                .andExpect(jsonPath("$.data.facets.category[0].value").value("serums"))
                .andExpect(jsonPath("$.data.facets.category[0].count").value(1))
                .andExpect(jsonPath("$.data.facets.skin_type[0].value").value("dry"));

        assertThat(captured(FindProductsWithFacetsQuery.class)).isEqualTo(new FindProductsWithFacetsQuery(
                new ProductFilter("វីតាមីន", "serums", SkinType.DRY, "dullness", new BigDecimal("5"),
                        new BigDecimal("50"), true, null, null, true),
                ProductSort.RELEVANCE, SortDirection.DESC, new PageRequest(1, 20)));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void aSearchNeedsItsText(String q) throws Exception {
        mvc.perform(get("/api/v1/products/search").param("q", q))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("q"))
                .andExpect(jsonPath("$.message").value("q is required"));
        mvc.perform(get("/api/v1/products/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("q"));
        mvc.perform(get("/api/v1/products/search").param("q", "a".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("q"));
        mvc.perform(get("/api/v1/products/search").param("q", "a".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("q"));
        mvc.perform(get("/api/v1/products/search").param("q", "serum").param("min_price", "9").param("max_price", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("min_price"));
        verify(queryGateway, never()).query(any(FindProductsWithFacetsQuery.class), any(ResponseType.class));
    }

    @Test
    void suggestionsTakeTheTextAndALimitUpToTwenty() throws Exception {
        mvc.perform(get("/ml/v1/search/suggestions").param("q", " សេរ៉ូម "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Suggestions retrieved"))
                .andExpect(jsonPath("$.data[0].product_id").value(7))
                .andExpect(jsonPath("$.data[0].name_kh").value("សេរ៉ូមវីតាមីនសេ"))
                .andExpect(jsonPath("$.data[0].slug").value("vitamin-c-serum"));
        assertThat(captured(FindSearchSuggestionsQuery.class)).isEqualTo(new FindSearchSuggestionsQuery("សេរ៉ូម", 10));

        mvc.perform(get("/ml/v1/search/suggestions").param("q", "v").param("limit", "20")).andExpect(status().isOk());
        assertThat(captured(FindSearchSuggestionsQuery.class)).isEqualTo(new FindSearchSuggestionsQuery("v", 20));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,   5,   q",
            "' ',    5,   q",
            "serum,  0,   limit",
            "serum,  21,  limit",
            "serum,  ten, limit"}, nullValues = "NULL")
    void badSuggestionParametersAreA400NamingThem(String q, String limit, String field) throws Exception {
        MockHttpServletRequestBuilder request = get("/ml/v1/search/suggestions").param("limit", limit);
        if (q != null) {
            request.param("q", q);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value(field));
        mvc.perform(get("/ml/v1/search/suggestions").param("q", "ស".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("q"));
        verify(queryGateway, never()).query(any(FindSearchSuggestionsQuery.class), any(ResponseType.class));
    }

    @Test
    void featuredAndSkinTypeListsNarrowTheShopperList() throws Exception {
        mvc.perform(get("/api/v1/products/featured").param("limit", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Featured products retrieved"));
        assertThat(productsQuery().filter().featured()).isTrue();
        assertThat(productsQuery().filter().shopperView()).isTrue();
        assertThat(productsQuery().page()).isEqualTo(new PageRequest(1, 4));

        mvc.perform(get("/api/v1/products/by-skin-type/sensitive")).andExpect(status().isOk());
        assertThat(productsQuery().filter().skinType()).isEqualTo(SkinType.SENSITIVE);

        mvc.perform(get("/api/v1/products/by-skin-type/scaly"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("skin_type"));
    }

    @Test
    void oneProductIsFoundOrNot() throws Exception {
        mvc.perform(get("/api/v1/products/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("id"));

        mvc.perform(get("/api/v1/products/7"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.message").value("Product not found"))
                .andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
        verify(queryGateway).query(any(FindProductQuery.class), any(ResponseType.class));

        doReturn(CompletableFuture.completedFuture(Optional.of(SERUM)))
                .when(queryGateway).query(any(FindProductQuery.class), any(ResponseType.class));
        mvc.perform(get("/api/v1/products/7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Product retrieved"))
                .andExpect(jsonPath("$.data.id").value(7))
                .andExpect(jsonPath("$.data.is_featured").value(true))
                .andExpect(jsonPath("$.data.created_at").value("2025-01-01"));
        assertThat(captured(FindProductQuery.class)).isEqualTo(new FindProductQuery(7, true));
    }

    @Test
    void categoriesListWithTheirOwnDefaultLimit() throws Exception {
        mvc.perform(get("/api/v1/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Categories retrieved"))
                .andExpect(jsonPath("$.data.data[0].is_active").value(true))
                .andExpect(jsonPath("$.data.per_page").value(100));
        assertThat(captured(FindCategoriesQuery.class))
                .isEqualTo(new FindCategoriesQuery(true, new PageRequest(1, 100)));

        mvc.perform(get("/api/v1/categories").param("limit", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("limit"));
    }

    @Test
    void aCategorysProductsNeedAnActiveCategory() throws Exception {
        mvc.perform(get("/api/v1/categories/hidden/products"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Category not found"));
        assertThat(captured(FindCategoryBySlugQuery.class)).isEqualTo(new FindCategoryBySlugQuery("hidden", true));
        verify(queryGateway, never()).query(any(FindProductsQuery.class), any(ResponseType.class));

        doReturn(CompletableFuture.completedFuture(Optional.of(SERUMS)))
                .when(queryGateway).query(any(FindCategoryBySlugQuery.class), any(ResponseType.class));
        mvc.perform(get("/api/v1/categories/serums/products").param("sort", "price"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Products retrieved"));
        assertThat(productsQuery().filter().category()).isEqualTo("serums");
        assertThat(productsQuery().filter().shopperView()).isTrue();
        assertThat(productsQuery().sort()).isEqualTo(ProductSort.PRICE);
    }

    @Test
    void adminsQueryEveryStatusAndCostPrices() throws Exception {
        mvc.perform(get("/api/v1/admin/products").param("status", "draft")).andExpect(status().isOk());
        assertThat(productsQuery().filter()).isEqualTo(
                new ProductFilter(null, null, null, null, null, null, null, null, ProductStatus.DRAFT, false));

        mvc.perform(get("/api/v1/admin/products").param("status", "deleted"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.details[0].field").value("status"));

        mvc.perform(get("/api/v1/admin/products/9")).andExpect(status().isNotFound());
        assertThat(captured(FindProductQuery.class)).isEqualTo(new FindProductQuery(9, false));

        mvc.perform(get("/api/v1/admin/categories").param("page", "2")).andExpect(status().isOk());
        assertThat(captured(FindCategoriesQuery.class))
                .isEqualTo(new FindCategoriesQuery(false, new PageRequest(2, 100)));

        mvc.perform(get("/api/v1/admin/categories/3"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Category not found"));
        assertThat(captured(FindCategoryQuery.class)).isEqualTo(new FindCategoryQuery(3, false));

        mvc.perform(get("/api/v1/admin/categories/x1")).andExpect(status().isBadRequest());
    }

    private FindProductsQuery productsQuery() {
        return captured(FindProductsQuery.class);
    }

    /** The last query of this type that reached the bus. */
    private <Q> Q captured(Class<Q> type) {
        ArgumentCaptor<Q> query = ArgumentCaptor.forClass(type);
        verify(queryGateway, atLeastOnce()).query(query.capture(), any(ResponseType.class));
        return query.getAllValues().stream().filter(type::isInstance).reduce((first, second) -> second)
                .orElseThrow();
    }
}
