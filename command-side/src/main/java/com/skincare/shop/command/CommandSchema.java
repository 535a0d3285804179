package com.skincare.shop.command;

/**
 * Marks that the command side's own schema is migrated. It holds what the command handlers need beside the event
 * store (uniqueness claims, the category tree, id sequences), never read models; beans that name its tables
 * depend on this one, so they come after the migration.
 */
public record CommandSchema(String schema) {

    public String qualify(String name) {
        return schema + "." + name;
    }
}
