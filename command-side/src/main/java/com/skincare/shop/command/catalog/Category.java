package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CategoryUpdatedEvent;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.DeleteCategoryCommand;
import com.skincare.shop.api.catalog.CategoryReorderedEvent;
import com.skincare.shop.api.catalog.ReorderCategoryCommand;
import com.skincare.shop.api.catalog.UpdateCategoryCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static com.skincare.shop.command.Refusals.conflict;
import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A category of the catalog's tree. Its place in the tree is kept by the {@link CatalogLookup}, which sees every
 * category at once; the aggregate keeps its slug and whether it was deleted.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate(snapshotTriggerDefinition = CatalogAxonConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Category {

    @AggregateIdentifier
    private CategoryId categoryId;
    private String slug;
    private boolean deleted;

    protected Category() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Category(CreateCategoryCommand command, CatalogLookup lookup) {
        CategoryDetails details = command.details();
        checkDetails(command.categoryId(), details, lookup);
        claimSlug(command.categoryId(), details.slug(), null, lookup);
        lookup.registerCategory(command.categoryId(), details.parentId());
        apply(new CategoryCreatedEvent(command.categoryId(), details));
    }

    @CommandHandler
    public void handle(UpdateCategoryCommand command, CatalogLookup lookup) {
        checkNotDeleted();
        CategoryDetails details = command.details();
        checkDetails(categoryId, details, lookup);
        if (details.parentId() != null && lookup.wouldCreateCycle(categoryId, details.parentId())) {
            throw invalid("parent_id", "would make the category an ancestor of itself");
        }
        claimSlug(categoryId, details.slug(), slug, lookup);
        lookup.registerCategory(categoryId, details.parentId());
        apply(new CategoryUpdatedEvent(categoryId, details));
    }

    @CommandHandler
    public void handle(ReorderCategoryCommand command) {
        checkNotDeleted();
        if (command.sortOrder() < 0) {
            throw invalid("sort_order", "must be at least 0");
        }
        apply(new CategoryReorderedEvent(categoryId, command.sortOrder()));
    }

    @CommandHandler
    public void handle(DeleteCategoryCommand command, CatalogLookup lookup) {
        checkNotDeleted();
        lookup.releaseCategorySlug(categoryId, slug);
        lookup.removeCategory(categoryId);
        apply(new CategoryDeletedEvent(categoryId));
    }

    @EventSourcingHandler
    void on(CategoryCreatedEvent event) {
        categoryId = event.categoryId();
        slug = event.details().slug();
    }

    @EventSourcingHandler
    void on(CategoryUpdatedEvent event) {
        slug = event.details().slug();
    }

    @EventSourcingHandler
    void on(CategoryDeletedEvent event) {
        deleted = true;
    }

    /** The events stay in the store for replays, so a deleted category still loads; to clients it is gone. */
    private void checkNotDeleted() {
        if (deleted) {
            throw notFound("CATEGORY_NOT_FOUND", "No category has id " + categoryId.value());
        }
    }

    private static void checkDetails(CategoryId id, CategoryDetails details, CatalogLookup lookup) {
        require(details.name(), "name");
        require(details.slug(), "slug");
        CategoryId parent = details.parentId();
        if (parent == null) {
            return;
        }
        if (parent.equals(id)) {
            throw invalid("parent_id", "must not be the category itself");
        }
        if (!lookup.categoryExists(parent)) {
            throw invalid("parent_id", "no category has id " + parent.value());
        }
    }

    /** Claims the new slug before the old one is let go, so a refusal leaves the category its own. */
    private static void claimSlug(CategoryId id, String newSlug, String currentSlug, CatalogLookup lookup) {
        if (newSlug.equals(currentSlug)) {
            return;
        }
        if (!lookup.claimCategorySlug(id, newSlug)) {
            throw conflict("SLUG_TAKEN", "slug", "Slug " + newSlug + " belongs to another category");
        }
        if (currentSlug != null) {
            lookup.releaseCategorySlug(id, currentSlug);
        }
    }
}
