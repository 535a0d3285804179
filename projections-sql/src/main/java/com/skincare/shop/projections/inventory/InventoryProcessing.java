package com.skincare.shop.projections.inventory;

/**
 * The processing group of the stock history. It reads the same product events as the catalog but writes only
 * {@code stock_movements}, which refers to no other table, so it runs on its own: replaying the history does not
 * touch the catalog, nor the catalog's replay the history. Unlike the other SQL projections it runs in
 * {@value #SEGMENTS} segments, which query nodes may share: Axon's default sequencing keeps each product's events
 * in one segment and in their order, and a row depends on its own event alone (keyed by product and sequence
 * number, no foreign key, nothing read from other rows), so the segments never need each other's writes. An
 * event store first run with one segment keeps it.
 */
public final class InventoryProcessing {

    public static final String GROUP = "inventory";
    public static final int SEGMENTS = 2;

    private InventoryProcessing() {
    }
}
