package com.skincare.shop.command.catalog.demo;

import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.command.catalog.IdAllocator;
import com.skincare.shop.eventstore.AxonSchemaMigration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a shop without a catalog with {@link DemoCatalog} when {@code shop.demo-data.enabled} is true. It goes through the
 * command gateway like any admin, so the demo data is ordinary events that every projection builds from.
 */
@Component
@ConditionalOnProperty(name = "shop.demo-data.enabled", havingValue = "true")
public class DemoCatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final CommandGateway commands;
    private final IdAllocator ids;
    private final JdbcTemplate jdbc;
    private final AxonSchemaMigration axonSchema;

    public DemoCatalogLoader(CommandGateway commands, IdAllocator ids, JdbcTemplate jdbc,
                             AxonSchemaMigration axonSchema) {
        this.commands = commands;
        this.ids = ids;
        this.jdbc = jdbc;
        this.axonSchema = axonSchema;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void loadIntoEmptyShop() {
        if (catalogHasEvents()) {
            log.info("Demo catalog not loaded: the event store already holds a catalog");
            return;
        }
        try {
            load();
        } catch (RejectedException taken) {
            // Nodes starting together all see an empty store; the first one's slugs make the others stop here.
            log.info("Demo catalog not loaded: another node is loading it ({})", taken.getMessage());
        }
    }

    private void load() {
        Map<String, CategoryId> categories = new HashMap<>();
        for (CategoryDetails category : DemoCatalog.categories()) {
            CategoryId id = ids.nextCategoryId();
            commands.sendAndWait(new CreateCategoryCommand(id, category));
            categories.put(category.slug(), id);
        }
        List<DemoProduct> products = DemoCatalog.products();
        int images = 0;
        for (DemoProduct product : products) {
            ProductId id = ids.nextProductId();
            commands.sendAndWait(product.toCommand(id, categories));
            for (DemoProduct.Image image : product.images()) {
                commands.sendAndWait(image.toCommand(id, ids.nextProductImageId()));
                images++;
            }
        }
        log.info("Loaded the demo catalog: {} categories, {} products, {} extra product images",
                categories.size(), products.size(), images);
    }

    /** Only the catalog's own events count: the first admin is registered before this runs. */
    private boolean catalogHasEvents() {
        return !jdbc.queryForList("SELECT 1 FROM " + axonSchema.qualify("domain_event_entry")
                + " WHERE type IN ('Product', 'Category') LIMIT 1", Integer.class).isEmpty();
    }
}
