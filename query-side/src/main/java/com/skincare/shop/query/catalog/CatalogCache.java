package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.FindProductsWithFacetsQuery;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.web.cache.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The shopper's catalog answers under the seed's keys and lifetimes: {@code api:products:page:{page}:limit:
 * {limit}:category:{category}:…} 15 minutes, {@code api:product:{id}} 30 minutes, {@code api:categories} 60
 * minutes. A list key ends in a digest of everything else the list was asked for (search, filters, sort, which
 * endpoint), so two different lists never share an entry. Only the shopper view is cached: what admins read must
 * be current to the row, and must never land where a shopper could be answered from it.
 */
@Component
public class CatalogCache {

    static final Duration PRODUCTS_TTL = Duration.ofMinutes(15);
    static final Duration PRODUCT_TTL = Duration.ofMinutes(30);
    static final Duration CATEGORIES_TTL = Duration.ofMinutes(60);

    private final CachedResponses responses;

    public CatalogCache(CachedResponses responses) {
        this.responses = responses;
    }

    ResponseEntity<byte[]> products(String endpoint, FindProductsQuery query, Supplier<?> body) {
        PageRequest page = query.page() == null ? new PageRequest(1, ProductQueryHandler.DEFAULT_LIMIT) : query.page();
        String category = query.filter() == null || query.filter().category() == null ? "all"
                : query.filter().category();
        String key = "api:products:page:" + page.page() + ":limit:" + page.limit() + ":category:" + digest(category)
                + ":" + digest(endpoint + "|" + query);
        return responses.answer("products", key, CatalogCacheScopes.ofProductLists(), PRODUCTS_TTL, body);
    }

    /** The search with its facets: a product list like the others, under the same scopes and lifetime. */
    ResponseEntity<byte[]> search(FindProductsWithFacetsQuery query, Supplier<?> body) {
        return products("search", query.pageQuery(), body);
    }

    ResponseEntity<byte[]> product(long id, Supplier<?> body) {
        return responses.answer("product", "api:product:" + id, CatalogCacheScopes.ofProduct(id), PRODUCT_TTL, body);
    }

    ResponseEntity<byte[]> categories(FindCategoriesQuery query, Supplier<?> body) {
        PageRequest page = query.page();
        boolean first = page == null || page.page() == 1 && page.limit() == CategoryQueryHandler.DEFAULT_LIMIT;
        String key = first ? "api:categories" : "api:categories:page:" + page.page() + ":limit:" + page.limit();
        return responses.answer("categories", key, CatalogCacheScopes.ofCategories(), CATEGORIES_TTL, body);
    }

    /** A slug as it is when it is one; anything else a client typed, as a digest that cannot break the key. */
    private static String digest(String text) {
        if (text.matches("[a-z0-9-]{1,100}")) {
            return text;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
