package com.skincare.shop.projections.catalog;

/**
 * The one processing group of the catalog projectors.
 * <p>
 * Products and categories share a processor, and that processor runs a single segment, because
 * {@code product_categories} has foreign keys to both tables: only one ordered stream guarantees that a
 * category's creation is written before a product that names it, and its deletion after. Two processors, or
 * several segments, could write those events in another order than the command side decided them, and a
 * replay could then drop or break links that the live run kept.
 */
public final class CatalogProcessing {

    public static final String GROUP = "catalog";

    private CatalogProcessing() {
    }
}
