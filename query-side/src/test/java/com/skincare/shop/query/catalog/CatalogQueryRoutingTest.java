package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FacetCountView;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.FindSearchSuggestionsQuery;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.catalog.FindProductQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.projections.ScratchDatabase;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog queries travel through a real Axon query bus with the response types the controllers ask for, so a
 * handler signature that Axon cannot match to them fails here rather than as "no handler" in production.
 */
class CatalogQueryRoutingTest {

    private static ScratchDatabase database;
    private static QueryGateway gateway;

    @BeforeAll
    static void subscribeTheHandlers() {
        database = ScratchDatabase.fresh("query_side_test");
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.category(1, "Serums", "serums", true, 0, "2025-01-01T00:00:00Z");
        catalog.product(1, "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ").inCategories(1).createdAt("2025-01-02T00:00:00Z");

        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new ProductQueryHandler(database.jdbc())).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(new CategoryQueryHandler(database.jdbc())).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(new SearchSuggestionQueryHandler(database.jdbc())).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void productQueriesFindTheirHandlers() {
        ResultPage<ProductView> page = QueryAnswers.await(gateway.query(
                new FindProductsQuery(ProductFilter.forShoppers(), null, null, null),
                QueryAnswers.pageOf(ProductView.class)));
        assertThat(page.items()).extracting(ProductView::nameKh).containsExactly("សេរ៉ូមវីតាមីនសេ");

        Optional<ProductView> one = QueryAnswers.await(gateway.query(new FindProductQuery(1, true),
                ResponseTypes.optionalInstanceOf(ProductView.class)));
        assertThat(one).get().extracting(ProductView::id).isEqualTo(1L);
        assertThat(QueryAnswers.await(gateway.query(new FindProductQuery(2, true),
                ResponseTypes.optionalInstanceOf(ProductView.class)))).isEmpty();
    }

    @Test
    void searchQueriesFindTheirHandlers() {
        ProductSearchView search = QueryAnswers.await(gateway.query(
                new FindProductsWithFacetsQuery(new ProductFilter("serum", null, null, null, null, null, null, null,
                        null, true), null, null, null),
                ResponseTypes.instanceOf(ProductSearchView.class)));
        assertThat(search.page().items()).extracting(ProductView::id).containsExactly(1L);
        assertThat(search.facets().category()).containsExactly(new FacetCountView("serums", 1));

        List<SearchSuggestionView> suggestions = QueryAnswers.await(gateway.query(
                new FindSearchSuggestionsQuery("វីតា", 10), ResponseTypes.multipleInstancesOf(SearchSuggestionView.class)));
        assertThat(suggestions).extracting(SearchSuggestionView::productId).containsExactly(1L);
    }

    @Test
    void categoryQueriesFindTheirHandlers() {
        ResultPage<CategoryView> page = QueryAnswers.await(gateway.query(new FindCategoriesQuery(true, null),
                QueryAnswers.pageOf(CategoryView.class)));
        assertThat(page.items()).extracting(CategoryView::slug).containsExactly("serums");

        assertThat(QueryAnswers.await(gateway.query(new FindCategoryQuery(1, true),
                ResponseTypes.optionalInstanceOf(CategoryView.class)))).isPresent();
        assertThat(QueryAnswers.await(gateway.query(new FindCategoryBySlugQuery("serums", true),
                ResponseTypes.optionalInstanceOf(CategoryView.class)))).isPresent();
    }
}
