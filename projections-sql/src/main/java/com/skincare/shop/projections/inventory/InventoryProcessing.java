package com.skincare.shop.projections.inventory;

/**
 * The processing group of the stock history. It reads the same product events as the catalog but writes only
 * {@code stock_movements}, which refers to no other table, so it runs on its own: replaying the history does not
 * touch the catalog, nor the catalog's replay the history. One segment, like the other projections: a product's
 * events arrive in their order either way, and one stream is all this table needs.
 */
public final class InventoryProcessing {

    public static final String GROUP = "inventory";

    private InventoryProcessing() {
    }
}
