package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FacetCountView;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.catalog.FindSearchSuggestionsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductSearchView;
import com.skincare.shop.api.catalog.ProductSort;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.catalog.SearchSuggestionView;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product search against PostgreSQL, over products the real projectors wrote: English words and their stems,
 * Khmer substrings of any length, the filters, relevance, facets and suggestions.
 */
class ProductSearchTest {

    /** Khmer marks typed out of canonical order: ATTHACAN before COENG. NFC puts COENG first. */
    private static final String KHMER_OUT_OF_ORDER = "ន\u17DD\u17D2ក";
    private static final String KHMER_CANONICAL = "ន\u17D2\u17DDក";

    private static ScratchDatabase database;
    private static ProductQueryHandler products;
    private static SearchSuggestionQueryHandler suggestions;

    @BeforeAll
    static void projectTheCatalog() {
        database = ScratchDatabase.fresh("query_side_search_test");
        products = new ProductQueryHandler(database.jdbc());
        suggestions = new SearchSuggestionQueryHandler(database.jdbc());
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.category(1, "Serums", "serums", true, 1, "2024-12-01T00:00:00Z");
        catalog.category(2, "Hidden", "hidden", false, 2, "2024-12-01T00:00:00Z");
        catalog.category(3, "Night care", "night-care", true, 3, "2024-12-01T00:00:00Z");
        catalog.product(1, "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ")
                .described("A brightening serum with vitamin C.", "សេរ៉ូមធ្វើឲ្យស្បែកភ្លឺ")
                .category("serums").skinType(SkinType.DRY).concerns("dullness", "dark spots").price("25.50")
                .stock(5).inCategories(1).createdAt("2025-01-01T10:00:00Z");
        catalog.product(2, "Hydrating Cream", "ក្រែមផ្តល់សំណើម").described("Rich cream for dry skin.", null)
                .category("moisturizers").skinType(SkinType.DRY).concerns("dryness").price("18.00")
                .stock(0).backorders().inCategories(3).createdAt("2025-01-02T10:00:00Z");
        catalog.product(3, "Night Creams Duo", "ក្រែមយប់ពីរ").described("Two night creams.", null)
                .category("moisturizers").skinType(SkinType.ALL).concerns("dryness", "fine lines").price("40.00")
                .stock(0).inCategories(3, 2).createdAt("2025-01-03T10:00:00Z");
        catalog.product(4, "Tea Tree Cleanser", "ទឹកលាងមុខដើមតែ").described("Gentle foam, never a heavy cream.", null)
                .inShort("Clears pores.").category("cleansers").skinType(SkinType.OILY).concerns("acne", "oiliness")
                .price("9.00").stock(0).untracked().createdAt("2025-01-04T10:00:00Z");
        catalog.product(5, "100% Pure Aloe_Gel", "ជែលប្រទាលកន្ទុយក្រពើ")
                .described("Soothing gel, lighter than a serum.", null).category("gels")
                .skinType(SkinType.SENSITIVE).concerns("redness").price("15.00").stock(20)
                .createdAt("2025-01-05T10:00:00Z");
        catalog.product(6, "Draft Cream Mask", "ម៉ាស់ក្រែម").category("masks").skinType(SkinType.OILY)
                .concerns("acne").status(ProductStatus.DRAFT).createdAt("2025-01-06T10:00:00Z");
        catalog.product(7, Normalizer.normalize("Crème Brûlée Balm", Normalizer.Form.NFD),
                        "ក្រមួ" + KHMER_OUT_OF_ORDER).described("A balm for very dry lips.", null)
                .category("balms").skinType(SkinType.NORMAL).concerns("dryness").price("22.00").stock(3)
                .createdAt("2025-01-07T10:00:00Z");
        catalog.product(8, "Serum Mist", "ទឹកបាញ់សេរ៉ូម").described("A light mist.", null).category("serums")
                .skinType(SkinType.COMBINATION).concerns("dehydration").price("12.00").stock(12)
                .createdAt("2025-01-08T10:00:00Z");
        catalog.product(9, "Honey Lip Mask", "ម៉ាស់បបូរមាត់ឃ្មុំ").described("Overnight lip care.", null)
                .category("masks").skinType(SkinType.DRY).concerns("chapped lips").price("7.50").stock(0)
                .createdAt("2025-01-09T10:00:00Z");
        catalog.product(10, "Hyperserum Drops", "ដំណក់ហាយភើ សេរ៉ូម").described("Concentrated drops.", null)
                .category("serums").skinType(SkinType.NORMAL).concerns("dullness").price("33.00").stock(8)
                .createdAt("2025-01-10T10:00:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void anEnglishWordFindsItsProductsWhateverTheCase() {
        assertThat(ids(search("cleanser"))).containsExactly(4L);
        assertThat(ids(search("CLEANSER"))).containsExactly(4L);
        assertThat(ids(search("tea tree"))).containsExactly(4L);
    }

    @Test
    void aWordFindsTheOtherFormsOfItsStem() {
        // Only product 3 holds the text "creams"; the stem "cream" finds the cream and the cleanser that
        // mentions one, and the draft stays hidden.
        assertThat(ids(search("creams"))).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(ids(search("brighten"))).containsExactly(1L);
    }

    @Test
    void descriptionsAreSearchedInBothLanguages() {
        assertThat(ids(search("lighter than"))).containsExactly(5L);
        assertThat(ids(search("pores"))).as("the short description").containsExactly(4L);
        assertThat(ids(search("ធ្វើឲ្យស្បែកភ្លឺ"))).containsExactly(1L);
    }

    @Test
    void khmerIsFoundAsASubstringOfAnyLength() {
        assertThat(ids(search("ឃ"))).as("one character").containsExactly(9L);
        assertThat(ids(search("ឃ្"))).as("two characters").containsExactly(9L);
        assertThat(ids(search("ជែ"))).as("two characters").containsExactly(5L);
        assertThat(ids(search("វីតាមីន"))).as("seven characters inside a name").containsExactly(1L);
        assertThat(ids(search("តាមីនសេ"))).as("the end of a name").containsExactly(1L);
        assertThat(ids(search("ក្រែម"))).as("the draft's name holds it too")
                .containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(admins(null).search("ក្រែម"))).containsExactlyInAnyOrder(2L, 3L, 6L);
    }

    @Test
    void latinTextMatchesWhicheverUnicodeFormItWasStoredOrTypedIn() {
        String composed = Normalizer.normalize("crème", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("crème", Normalizer.Form.NFD);

        assertThat(ids(search(composed))).containsExactly(7L);
        assertThat(ids(search(decomposed))).containsExactly(7L);
        assertThat(ids(search("brûlée balm"))).containsExactly(7L);
    }

    @Test
    void khmerMatchesWhicheverOrderItsMarksWereTypedIn() {
        assertThat(ids(search(KHMER_OUT_OF_ORDER))).containsExactly(7L);
        assertThat(ids(search(KHMER_CANONICAL))).containsExactly(7L);
        assertThat(database.jdbc().getJdbcTemplate().queryForObject(
                "SELECT name_kh FROM products WHERE id = 7", String.class)).endsWith(KHMER_CANONICAL);
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        assertThat(ids(search("%"))).containsExactly(5L);
        assertThat(ids(search("_"))).containsExactly(5L);
        assertThat(ids(search("0% pure"))).containsExactly(5L);
        assertThat(ids(search("e_g"))).containsExactly(5L);
        assertThat(ids(search("\\"))).isEmpty();
        assertThat(ids(search("c%m"))).isEmpty();
    }

    @Test
    void whiteSpaceIsCollapsedAndStopWordsNeverHideAProduct() {
        assertThat(ids(search("  tea \t\n tree  "))).containsExactly(4L);
        assertThat(ids(search("than"))).as("a stop word, found as a substring").containsExactly(5L);
    }

    @Test
    void aSearchOrdersByRelevanceUnlessASortIsGiven() {
        // 8 starts with "serum"; 1 and 10 hold it in their names, 1 also as an English word; 5 only in its
        // description.
        assertThat(ids(search("serum"))).containsExactly(8L, 1L, 10L, 5L);
        assertThat(ids(shoppers().search("serum"), ProductSort.RELEVANCE, SortDirection.ASC))
                .containsExactly(5L, 10L, 1L, 8L);
        assertThat(ids(shoppers().search("serum"), ProductSort.PRICE, SortDirection.ASC))
                .containsExactly(8L, 5L, 1L, 10L);
        assertThat(ProductQueryHandler.defaultSort(shoppers().search("serum").value))
                .isEqualTo(ProductSort.RELEVANCE);
        assertThat(ids(shoppers(), ProductSort.RELEVANCE, SortDirection.DESC)).as("without a search: newest first")
                .containsExactly(10L, 9L, 8L, 7L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void aConcernFindsTheProductsThatListIt() {
        assertThat(ids(shoppers().concern("acne"))).containsExactly(4L);
        assertThat(ids(shoppers().concern("dryness"))).containsExactlyInAnyOrder(2L, 3L, 7L);
        assertThat(ids(shoppers().concern("fine lines"))).containsExactly(3L);
        assertThat(ids(shoppers().concern("DRYNESS"))).as("concerns are lower case").containsExactlyInAnyOrder(
                2L, 3L, 7L);
        assertThat(ids(admins(null).concern("acne"))).containsExactlyInAnyOrder(4L, 6L);
        assertThat(ids(shoppers().concern("wrinkles"))).isEmpty();
    }

    @Test
    void inStockMeansOrderableNow() {
        // 2 takes backorders, 4 does not track its stock; 3 and 9 have none.
        assertThat(ids(shoppers().inStock(true))).containsExactlyInAnyOrder(1L, 2L, 4L, 5L, 7L, 8L, 10L);
        assertThat(ids(shoppers().inStock(false))).containsExactlyInAnyOrder(3L, 9L);
    }

    @Test
    void pricesBoundTheSearchInclusively() {
        assertThat(ids(shoppers().prices("10", "20"))).containsExactlyInAnyOrder(2L, 5L, 8L);
        assertThat(ids(shoppers().prices("18.00", "18.00"))).containsExactly(2L);
        assertThat(ids(shoppers().search("serum").prices("20", null))).containsExactly(1L, 10L);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(shoppers().search("cream").skinType(SkinType.DRY).inStock(true)))
                .as("3 is for all skin types but out of stock").containsExactly(2L);
    }

    @Test
    void facetsCountEveryMatchWhateverThePage() {
        ProductSearchView found = products.handle(withFacets(shoppers().search("cream"), new PageRequest(1, 1)));

        assertThat(found.page().items()).hasSize(1);
        assertThat(found.page().totalItems()).isEqualTo(3);
        // 2 and 3 are moisturizers linked to night care (3 to the hidden category too, not shown to shoppers);
        // 4 is a cleanser.
        assertThat(found.facets().category()).containsExactly(facet("moisturizers", 2), facet("night-care", 2),
                facet("cleansers", 1));
        // 2 is for dry skin, 4 for oily, 3 for all: every skin type finds 3, dry and oily one more.
        assertThat(found.facets().skinType()).containsExactly(facet("dry", 2), facet("oily", 2), facet("all", 1),
                facet("combination", 1), facet("normal", 1), facet("sensitive", 1));
    }

    @Test
    void aFacetIgnoresItsOwnFilterAndHonoursTheOthers() {
        ProductSearchView moisturizers = products.handle(withFacets(shoppers().search("cream")
                .category("moisturizers"), new PageRequest(1, 20)));
        assertThat(ids(moisturizers.page().items())).containsExactlyInAnyOrder(2L, 3L);
        assertThat(moisturizers.facets().category()).containsExactly(facet("moisturizers", 2),
                facet("night-care", 2), facet("cleansers", 1));
        assertThat(moisturizers.facets().skinType()).containsExactly(facet("dry", 2), facet("all", 1),
                facet("combination", 1), facet("normal", 1), facet("oily", 1), facet("sensitive", 1));

        ProductSearchView oily = products.handle(withFacets(shoppers().search("cream").skinType(SkinType.OILY),
                new PageRequest(1, 20)));
        assertThat(ids(oily.page().items())).containsExactlyInAnyOrder(3L, 4L);
        assertThat(oily.facets().category()).containsExactly(facet("cleansers", 1), facet("moisturizers", 1),
                facet("night-care", 1));
        assertThat(oily.facets().skinType()).containsExactly(facet("dry", 2), facet("oily", 2), facet("all", 1),
                facet("combination", 1), facet("normal", 1), facet("sensitive", 1));
    }

    @Test
    void adminsSeeHiddenCategoriesInTheFacets() {
        ProductSearchView found = products.handle(withFacets(admins(null).search("night creams"),
                new PageRequest(1, 20)));
        assertThat(found.facets().category()).containsExactly(facet("hidden", 1), facet("moisturizers", 1),
                facet("night-care", 1));
    }

    @Test
    void aSearchThatFindsNothingHasNoFacets() {
        ProductSearchView found = products.handle(withFacets(shoppers().search("sunscreen"), new PageRequest(1, 20)));
        assertThat(found.page().items()).isEmpty();
        assertThat(found.page().totalItems()).isZero();
        assertThat(found.facets().category()).isEmpty();
        assertThat(found.facets().skinType()).isEmpty();
    }

    @Test
    void suggestionsPutNamesStartingWithTheTextFirstThenWordsThenTheRest() {
        assertThat(suggest("serum", 10)).containsExactly(8L, 1L, 10L);
        assertThat(suggest("សេរ៉ូម", 10)).as("a name, a word after a space, inside a word")
                .containsExactly(1L, 10L, 8L);
        assertThat(suggest("សេរ៉ូម", 2)).containsExactly(1L, 10L);
        assertThat(suggest("ឃ", 10)).containsExactly(9L);
    }

    @Test
    void suggestionsComeFromActiveProductNamesOnly() {
        assertThat(suggest("draft", 10)).isEmpty();
        assertThat(suggest("lighter", 10)).as("a description").isEmpty();
        assertThat(suggest("%", 10)).containsExactly(5L);
        assertThat(suggest(Normalizer.normalize("crème", Normalizer.Form.NFD), 10)).containsExactly(7L);

        SearchSuggestionView mist = suggestions.handle(new FindSearchSuggestionsQuery("mist", 10)).get(0);
        assertThat(mist).isEqualTo(new SearchSuggestionView(8, "product-8", "Serum Mist", "ទឹកបាញ់សេរ៉ូម"));
    }

    @Test
    void queriesHoldTheirSearchInOneFormSoEqualSearchesAreEqualQueries() {
        assertThat(shoppers().search(" Cr\u0065\u0300me  balm ").value)
                .isEqualTo(shoppers().search("Cr\u00E8me balm").value);
        assertThat(new FindSearchSuggestionsQuery(KHMER_OUT_OF_ORDER, 5))
                .isEqualTo(new FindSearchSuggestionsQuery(KHMER_CANONICAL, 5));
        assertThat(shoppers().search(" \t ").value.search()).isNull();
    }

    private static List<Long> suggest(String text, int limit) {
        return suggestions.handle(new FindSearchSuggestionsQuery(text, limit)).stream()
                .map(SearchSuggestionView::productId).toList();
    }

    private static FacetCountView facet(String value, long count) {
        return new FacetCountView(value, count);
    }

    private static FindProductsWithFacetsQuery withFacets(Filter filter, PageRequest page) {
        return new FindProductsWithFacetsQuery(filter.value, null, null, page);
    }

    private static Filter search(String text) {
        return shoppers().search(text);
    }

    private static Filter shoppers() {
        return new Filter(ProductFilter.forShoppers());
    }

    private static Filter admins(ProductStatus status) {
        return new Filter(new ProductFilter(null, null, null, null, null, null, null, null, status, false));
    }

    /** In the order the handler chooses when no sort is given. */
    private static List<Long> ids(Filter filter) {
        return ids(products.page(new FindProductsQuery(filter.value, null, null, new PageRequest(1, 100))).items());
    }

    private static List<Long> ids(Filter filter, ProductSort sort, SortDirection direction) {
        return ids(products.page(new FindProductsQuery(filter.value, sort, direction, new PageRequest(1, 100)))
                .items());
    }

    private static List<Long> ids(List<ProductView> items) {
        return items.stream().map(ProductView::id).toList();
    }

    /** A product filter changed one field at a time. */
    private record Filter(ProductFilter value) {

        Filter search(String text) {
            return with(text, value.category(), value.skinType(), value.concern(), value.minPrice(),
                    value.maxPrice(), value.inStock());
        }

        Filter category(String category) {
            return with(value.search(), category, value.skinType(), value.concern(), value.minPrice(),
                    value.maxPrice(), value.inStock());
        }

        Filter skinType(SkinType skinType) {
            return with(value.search(), value.category(), skinType, value.concern(), value.minPrice(),
                    value.maxPrice(), value.inStock());
        }

        Filter concern(String concern) {
            return with(value.search(), value.category(), value.skinType(), concern, value.minPrice(),
                    value.maxPrice(), value.inStock());
        }

        Filter prices(String min, String max) {
            return with(value.search(), value.category(), value.skinType(), value.concern(),
                    min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                    value.inStock());
        }

        Filter inStock(boolean inStock) {
            return with(value.search(), value.category(), value.skinType(), value.concern(), value.minPrice(),
                    value.maxPrice(), inStock);
        }

        private Filter with(String search, String category, SkinType skinType, String concern, BigDecimal min,
                            BigDecimal max, Boolean inStock) {
            return new Filter(new ProductFilter(search, category, skinType, concern, min, max, inStock,
                    value.featured(), value.status(), value.shopperView()));
        }
    }
}
