package com.skincare.shop.query.catalog;

import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.catalog.ProductSort;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;
import org.springframework.web.bind.annotation.BindParam;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query parameters of a product list, bound as sent (text), so that every bad value is reported by
 * {@link #toQuery} with the parameter's name rather than as a type mismatch. {@code status} counts only in the
 * admin view: shoppers always see active products. A search without {@code sort} orders by relevance.
 */
public record ProductListParameters(
        String page,
        String limit,
        String sort,
        String order,
        String search,
        String category,
        @BindParam("skin_type") String skinType,
        String concern,
        @BindParam("min_price") String minPrice,
        @BindParam("max_price") String maxPrice,
        @BindParam("in_stock") String inStock,
        String featured,
        String status) {

    /** Shorthand for {@code sort=created_at&order=desc} that shop front-ends send. */
    static final String NEWEST = "newest";

    ProductListParameters withSkinType(String value) {
        return new ProductListParameters(page, limit, sort, order, search, category, value, concern, minPrice,
                maxPrice, inStock, featured, status);
    }

    ProductListParameters withCategory(String value) {
        return new ProductListParameters(page, limit, sort, order, search, value, skinType, concern, minPrice,
                maxPrice, inStock, featured, status);
    }

    ProductListParameters featuredOnly() {
        return new ProductListParameters(page, limit, sort, order, search, category, skinType, concern, minPrice,
                maxPrice, inStock, "true", status);
    }

    FindProductsQuery toQuery(boolean shopperView) {
        return toQuery(shopperView, "search");
    }

    /** @param searchParameter the name the search string came under, for the error that refuses it */
    FindProductsQuery toQuery(boolean shopperView, String searchParameter) {
        PageRequest pageRequest = RequestParameters.page(page, limit, ProductQueryHandler.DEFAULT_LIMIT);
        String searchText = SearchInput.of(searchParameter, search);
        ProductSort productSort = parsedSort(searchText != null);
        SortDirection direction = RequestParameters.direction(order, ProductQueryHandler.defaultDirection(productSort));
        BigDecimal min = RequestParameters.amount("min_price", minPrice);
        BigDecimal max = RequestParameters.amount("max_price", maxPrice);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw RequestParameters.invalid("min_price", "must not be greater than max_price");
        }
        ProductFilter filter = new ProductFilter(
                searchText,
                RequestParameters.text("category", category),
                RequestParameters.code("skin_type", skinType, SkinType::fromCode, SkinType.values(), SkinType::code),
                parsedConcern(),
                min,
                max,
                RequestParameters.bool("in_stock", inStock),
                RequestParameters.bool("featured", featured),
                shopperView ? null : RequestParameters.code("status", status, ProductStatus::fromCode,
                        ProductStatus.values(), ProductStatus::code),
                shopperView);
        return new FindProductsQuery(filter, productSort, direction, pageRequest);
    }

    /** Concerns are lower-case words such as {@code acne} or {@code large pores}. */
    private String parsedConcern() {
        String value = RequestParameters.text("concern", concern);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private ProductSort parsedSort(boolean searching) {
        if (!RequestParameters.given(sort)) {
            return searching ? ProductSort.RELEVANCE : ProductSort.CREATED_AT;
        }
        String code = sort.strip().toLowerCase(Locale.ROOT);
        if (NEWEST.equals(code)) {
            return ProductSort.CREATED_AT;
        }
        return ProductSort.fromCode(code).orElseThrow(() -> RequestParameters.invalid("sort", "must be one of "
                + Stream.concat(Arrays.stream(ProductSort.values()).map(ProductSort::code), Stream.of(NEWEST))
                .collect(Collectors.joining(", "))));
    }
}
