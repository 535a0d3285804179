package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryReorderedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CategoryUpdatedEvent;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;

/**
 * Writes {@code categories} from the category events, with ids from the events and times from their timestamps.
 * A deleted category's row goes; the documented foreign keys then drop its product links and make its children
 * top-level, which is what deleting a category means.
 */
@ProcessingGroup(CatalogProcessing.GROUP)
public class CategoryProjector {

    /**
     * A parent is linked only when its row exists (and is not the category itself), so an event naming a parent
     * that is gone never stops the stream, and the result is the same on every replay.
     */
    private static final String PARENT = "(SELECT p.id FROM categories p WHERE p.id = :parentId AND p.id <> :id)";

    private static final String UPSERT = """
            INSERT INTO categories (id, name, slug, description, parent_id, image_url, is_active, sort_order,
                                    created_at, updated_at)
            VALUES (:id, :name, :slug, :description, %s, :imageUrl, :active, :sortOrder, :timestamp, :timestamp)
            ON CONFLICT (id) DO UPDATE SET
                name = EXCLUDED.name, slug = EXCLUDED.slug, description = EXCLUDED.description,
                parent_id = EXCLUDED.parent_id, image_url = EXCLUDED.image_url, is_active = EXCLUDED.is_active,
                sort_order = EXCLUDED.sort_order, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
            """.formatted(PARENT);

    private static final String UPDATE = """
            UPDATE categories SET
                name = :name, slug = :slug, description = :description, parent_id = %s, image_url = :imageUrl,
                is_active = :active, sort_order = :sortOrder, updated_at = :timestamp
            WHERE id = :id
            """.formatted(PARENT);

    private final NamedParameterJdbcTemplate jdbc;

    public CategoryProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CategoryCreatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT, parameters(event.categoryId(), event.details(), timestamp));
    }

    @EventHandler
    public void on(CategoryUpdatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPDATE, parameters(event.categoryId(), event.details(), timestamp));
    }

    @EventHandler
    public void on(CategoryReorderedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE categories SET sort_order = :sortOrder, updated_at = :timestamp WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("id", event.categoryId().value())
                        .addValue("sortOrder", event.sortOrder())
                        .addValue("timestamp", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(CategoryDeletedEvent event) {
        jdbc.update("DELETE FROM categories WHERE id = :id",
                new MapSqlParameterSource("id", event.categoryId().value()));
    }

    /**
     * One statement clears the table: links to products cascade and parent references among the deleted rows
     * are set null by the documented keys. Products are left to {@link ProductProjector}'s own reset.
     */
    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM categories");
    }

    private static MapSqlParameterSource parameters(CategoryId categoryId, CategoryDetails details,
                                                    Instant timestamp) {
        return new MapSqlParameterSource()
                .addValue("id", categoryId.value())
                .addValue("name", details.name())
                .addValue("slug", details.slug())
                .addValue("description", details.description())
                .addValue("parentId", details.parentId() == null ? null : details.parentId().value())
                .addValue("imageUrl", details.imageUrl())
                .addValue("active", details.active())
                .addValue("sortOrder", details.sortOrder())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp));
    }
}
