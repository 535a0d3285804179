package com.skincare.shop.query;

import java.util.List;

/**
 * The scopes the catalog's cached answers depend on (see {@code ResponseCache}), in Redis next to the seed's
 * keys. Product lists depend on every product and category; one product on itself and on the categories it
 * shows; the category list on the categories and on the products it counts. {@link #CATALOG} is under all of
 * them, for a replay that rebuilds everything.
 */
public final class CatalogCacheScopes {

    public static final String CATALOG = "api:catalog:version";
    public static final String PRODUCTS = "api:products:version";
    public static final String CATEGORIES = "api:categories:version";

    private CatalogCacheScopes() {
    }

    public static String product(long id) {
        return "api:product:" + id + ":version";
    }

    public static List<String> ofProductLists() {
        return List.of(CATALOG, PRODUCTS);
    }

    public static List<String> ofProduct(long id) {
        return List.of(CATALOG, CATEGORIES, product(id));
    }

    public static List<String> ofCategories() {
        return List.of(CATALOG, CATEGORIES);
    }
}
