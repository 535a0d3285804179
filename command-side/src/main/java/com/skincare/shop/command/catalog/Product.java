package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.catalog.AdjustStockCommand;
import com.skincare.shop.api.catalog.ArchiveProductCommand;
import com.skincare.shop.api.catalog.ChangeProductListingCommand;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductFeaturedChangedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductImagesReorderedEvent;
import com.skincare.shop.api.catalog.ProductPrimaryImageSetEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.catalog.PublishProductCommand;
import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.RemoveProductImageCommand;
import com.skincare.shop.api.catalog.ReserveStockCommand;
import com.skincare.shop.api.catalog.ReorderProductImagesCommand;
import com.skincare.shop.api.catalog.SetPrimaryProductImageCommand;
import com.skincare.shop.api.catalog.RestockProductCommand;
import com.skincare.shop.api.catalog.SetStockCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChange;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.catalog.UpdateProductCommand;
import com.skincare.shop.command.ProductAvailability;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.skincare.shop.command.Refusals.conflict;
import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.require;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A product of the catalog. It keeps only what its rules and its buyers need: the SKU and slug it owns, its status,
 * its stock, whether the stock is counted and may go below zero, its images' ids, and the English name, price and
 * categories an order line snapshots when it is placed; everything else travels in the events for the projectors.
 * Carts read its status and stock from here, and the checkout its offer ({@link CatalogProductDirectory}).
 * <p>
 * Orders take stock through reservations, one per order, kept by order id with its quantity so that a repeated
 * reservation and a repeated release record nothing. Only open reservations are kept: one released is forgotten.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Revision(Product.SNAPSHOT_REVISION)
@Aggregate(snapshotTriggerDefinition = CatalogAxonConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Product {

    /**
     * Moves on whenever the aggregate keeps something new, so a snapshot of an older shape is passed over and the
     * product is rebuilt from its events instead (2: name, price and categories for order lines).
     */
    static final String SNAPSHOT_REVISION = "2";

    /** As many as an admin screen can sensibly show; keeps the aggregate and its snapshot small. */
    static final int MAX_IMAGES = 20;

    @AggregateIdentifier
    private ProductId productId;
    private String sku;
    private String slug;
    private ProductStatus status;
    private int stock;
    private boolean allowBackorders;
    /** True unless an event says otherwise, so a snapshot taken before the field existed reads as documented. */
    private boolean trackInventory = true;
    private Set<Long> imageIds = new HashSet<>();
    private String nameEn;
    private BigDecimal price;
    private String category;
    private List<CategoryId> categoryIds = new ArrayList<>();
    /** Open reservations, order id to quantity; absent in a snapshot taken before orders existed, hence empty. */
    private Map<Long, Integer> reservations = new HashMap<>();

    protected Product() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Product(CreateProductCommand command, CatalogLookup lookup) {
        ProductDetails details = command.details();
        checkDetails(details, lookup);
        if (command.stock() < 0) {
            throw invalid("stock", "must be at least 0");
        }
        if (command.status() != ProductStatus.DRAFT && command.status() != ProductStatus.ACTIVE) {
            throw invalid("status", "must be draft or active");
        }
        claimKeys(command.productId(), details, null, null, lookup);
        apply(new ProductCreatedEvent(command.productId(), details, command.stock(), command.status()));
    }

    @CommandHandler
    public void handle(UpdateProductCommand command, CatalogLookup lookup) {
        ProductDetails details = command.details();
        checkDetails(details, lookup);
        Integer newStock = command.stock();
        if (newStock != null && newStock < 0) {
            throw invalid("stock", "must be at least 0");
        }
        ProductStatus newStatus = command.status();
        if (newStatus == ProductStatus.DRAFT && status != ProductStatus.DRAFT) {
            throw rule("CANNOT_RETURN_TO_DRAFT", "A published or archived product cannot return to draft");
        }
        boolean stockChanges = newStock != null && newStock != stock;
        int delta = stockChanges ? stockDelta(stock, newStock) : 0;
        boolean publishes = newStatus == ProductStatus.ACTIVE && status != ProductStatus.ACTIVE;
        boolean archives = newStatus == ProductStatus.ARCHIVED && status != ProductStatus.ARCHIVED;
        claimKeys(productId, details, sku, slug, lookup);

        apply(new ProductUpdatedEvent(productId, details));
        if (stockChanges) {
            apply(new StockAdjustedEvent(productId, delta, newStock, StockChangeReason.ADJUSTMENT));
        }
        if (publishes) {
            apply(new ProductPublishedEvent(productId));
        }
        if (archives) {
            apply(new ProductArchivedEvent(productId));
        }
    }

    @CommandHandler
    public void handle(PublishProductCommand command) {
        if (status == ProductStatus.ACTIVE) {
            throw rule("ALREADY_PUBLISHED", "The product is already published");
        }
        apply(new ProductPublishedEvent(productId));
    }

    @CommandHandler
    public void handle(ArchiveProductCommand command) {
        if (status == ProductStatus.ARCHIVED) {
            throw rule("ALREADY_ARCHIVED", "The product is already archived");
        }
        apply(new ProductArchivedEvent(productId));
    }

    /** Publishing and archiving follow the same rules as one at a time; a listing that asks for nothing is refused. */
    @CommandHandler
    public void handle(ChangeProductListingCommand command) {
        ProductStatus newStatus = command.status();
        if (newStatus == null && command.featured() == null) {
            throw invalid("status", "status or is_featured must be given");
        }
        if (newStatus == ProductStatus.DRAFT) {
            throw rule("CANNOT_RETURN_TO_DRAFT", "A product cannot be moved back to draft");
        }
        if (newStatus == ProductStatus.ACTIVE && status != ProductStatus.ACTIVE) {
            apply(new ProductPublishedEvent(productId));
        } else if (newStatus == ProductStatus.ARCHIVED && status != ProductStatus.ARCHIVED) {
            apply(new ProductArchivedEvent(productId));
        }
        if (command.featured() != null) {
            apply(new ProductFeaturedChangedEvent(productId, command.featured()));
        }
    }

    @CommandHandler
    public void handle(AdjustStockCommand command) {
        if (command.delta() == 0) {
            throw invalid("delta", "must not be 0");
        }
        if (command.reason() == null) {
            throw invalid("reason", "must not be null");
        }
        long after = (long) stock + command.delta();
        if (after > Integer.MAX_VALUE || after < Integer.MIN_VALUE) {
            throw invalid("delta", "takes the stock out of range");
        }
        // Only taking stock away can oversell; a restock is welcome even while the stock is still below zero.
        if (command.delta() < 0 && after < 0 && !allowBackorders) {
            throw rule("INSUFFICIENT_STOCK", "Only " + Math.max(stock, 0) + " in stock");
        }
        apply(new StockAdjustedEvent(productId, command.delta(), (int) after, command.reason()));
    }

    /**
     * A counted stock replaces the recorded one. The same count again records nothing, so a client that retries
     * or an admin who saves an unchanged screen leaves no empty entry in the history. Archived products take stock
     * changes like any other: what is on the shelf is a fact whether the product is still sold or not.
     */
    @CommandHandler
    public StockChange handle(SetStockCommand command) {
        if (command.stock() < 0) {
            throw invalid("stock", "must be at least 0");
        }
        if (command.stock() == stock) {
            return new StockChange(productId, 0, stock);
        }
        int delta = stockDelta(stock, command.stock());
        apply(new StockAdjustedEvent(productId, delta, command.stock(), StockChangeReason.ADJUSTMENT));
        return new StockChange(productId, delta, command.stock());
    }

    /** A delivery only ever adds; taking stock away is a count ({@link SetStockCommand}) or an order. */
    @CommandHandler
    public StockChange handle(RestockProductCommand command) {
        if (command.quantity() < 1) {
            throw invalid("quantity", "must be at least 1");
        }
        long after = (long) stock + command.quantity();
        if (after > Integer.MAX_VALUE) {
            throw invalid("quantity", "takes the stock out of range");
        }
        apply(new StockAdjustedEvent(productId, command.quantity(), (int) after, StockChangeReason.RESTOCK));
        return new StockChange(productId, command.quantity(), (int) after);
    }

    /**
     * Takes stock for an order under the same rule as any stock taken away, and only while the product is on
     * sale. A product whose stock is not counted still records the reservation, so its history shows the order.
     */
    @CommandHandler
    public void handle(ReserveStockCommand command) {
        if (command.orderId() < 1) {
            throw invalid("order_id", "must be a positive id");
        }
        if (command.quantity() < 1) {
            throw invalid("quantity", "must be at least 1");
        }
        if (reservations.containsKey(command.orderId())) {
            return;
        }
        if (status != ProductStatus.ACTIVE) {
            throw rule("PRODUCT_UNAVAILABLE", "The product is not on sale");
        }
        long after = (long) stock - command.quantity();
        if (after < Integer.MIN_VALUE) {
            throw invalid("quantity", "takes the stock out of range");
        }
        if (after < 0 && trackInventory && !allowBackorders) {
            throw rule("INSUFFICIENT_STOCK", "Only " + Math.max(stock, 0) + " in stock");
        }
        apply(new StockAdjustedEvent(productId, -command.quantity(), (int) after, StockChangeReason.ORDER,
                command.orderId()));
    }

    /** Whatever the product's status now: the units were taken from its shelf and go back there. */
    @CommandHandler
    public void handle(ReleaseStockCommand command) {
        Integer held = reservations.get(command.orderId());
        if (held == null) {
            return;
        }
        long after = (long) stock + held;
        apply(new StockAdjustedEvent(productId, held, (int) Math.min(after, Integer.MAX_VALUE),
                StockChangeReason.CANCELLATION, command.orderId()));
    }

    @CommandHandler
    public void handle(AddProductImageCommand command) {
        require(command.imageUrl(), "image_url");
        if (imageIds.contains(command.imageId())) {
            throw conflict("IMAGE_EXISTS", "image_id", "The product already has image " + command.imageId());
        }
        if (imageIds.size() >= MAX_IMAGES) {
            throw rule("TOO_MANY_IMAGES", "A product has at most " + MAX_IMAGES + " images");
        }
        apply(new ProductImageAddedEvent(productId, command.imageId(), command.imageUrl(), command.altText(),
                command.sortOrder(), command.primary()));
    }

    @CommandHandler
    public void handle(RemoveProductImageCommand command) {
        if (!imageIds.contains(command.imageId())) {
            throw notFound("IMAGE_NOT_FOUND", "The product has no image " + command.imageId());
        }
        apply(new ProductImageRemovedEvent(productId, command.imageId()));
    }

    @CommandHandler
    public void handle(SetPrimaryProductImageCommand command) {
        if (!imageIds.contains(command.imageId())) {
            throw notFound("IMAGE_NOT_FOUND", "The product has no image " + command.imageId());
        }
        apply(new ProductPrimaryImageSetEvent(productId, command.imageId()));
    }

    @CommandHandler
    public void handle(ReorderProductImagesCommand command) {
        List<Long> order = command.imageIds();
        if (order.size() != new HashSet<>(order).size()) {
            throw invalid("image_ids", "names an image more than once");
        }
        if (!imageIds.equals(new HashSet<>(order))) {
            throw invalid("image_ids", "must name each of the product's " + imageIds.size() + " images once");
        }
        apply(new ProductImagesReorderedEvent(productId, order));
    }

    ProductAvailability availability() {
        return new ProductAvailability(productId, status, stock, trackInventory, allowBackorders);
    }

    String nameEn() {
        return nameEn;
    }

    String sku() {
        return sku;
    }

    BigDecimal price() {
        return price;
    }

    String category() {
        return category;
    }

    List<CategoryId> categoryIds() {
        return List.copyOf(categoryIds);
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        sku = event.details().sku();
        slug = event.details().slug();
        allowBackorders = event.details().allowBackorders();
        trackInventory = event.details().trackInventory();
        keepOffer(event.details());
        stock = event.stock();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ProductUpdatedEvent event) {
        sku = event.details().sku();
        slug = event.details().slug();
        allowBackorders = event.details().allowBackorders();
        trackInventory = event.details().trackInventory();
        keepOffer(event.details());
    }

    private void keepOffer(ProductDetails details) {
        nameEn = details.nameEn();
        price = details.price();
        category = details.category();
        categoryIds = new ArrayList<>(details.categoryIds());
    }

    @EventSourcingHandler
    void on(StockAdjustedEvent event) {
        stock = event.stockAfter();
        if (event.orderId() == null) {
            return;
        }
        if (event.reason() == StockChangeReason.ORDER) {
            reservations.put(event.orderId(), -event.delta());
        } else if (event.reason() == StockChangeReason.CANCELLATION) {
            reservations.remove(event.orderId());
        }
    }

    @EventSourcingHandler
    void on(ProductPublishedEvent event) {
        status = ProductStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ProductArchivedEvent event) {
        status = ProductStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(ProductImageAddedEvent event) {
        imageIds.add(event.imageId());
    }

    @EventSourcingHandler
    void on(ProductImageRemovedEvent event) {
        imageIds.remove(event.imageId());
    }

    private static void checkDetails(ProductDetails details, CatalogLookup lookup) {
        require(details.nameEn(), "name_en");
        require(details.slug(), "slug");
        require(details.sku(), "sku");
        require(details.category(), "category");
        if (details.skinType() == null) {
            throw invalid("skin_type", "must not be null");
        }
        if (details.price() == null || details.price().signum() <= 0) {
            throw invalid("price", "must be greater than 0");
        }
        if (details.compareAtPrice() != null && details.compareAtPrice().compareTo(details.price()) < 0) {
            throw invalid("compare_at_price", "must be at least the price");
        }
        if (details.costPrice() != null && details.costPrice().signum() < 0) {
            throw invalid("cost_price", "must be at least 0");
        }
        for (CategoryId category : details.categoryIds()) {
            if (!lookup.categoryExists(category)) {
                throw invalid("category_ids", "no category has id " + category.value());
            }
        }
    }

    /** Claims the new SKU and slug before the old ones are let go, so a refusal leaves the product its own. */
    private static void claimKeys(ProductId id, ProductDetails details, String currentSku, String currentSlug,
                                  CatalogLookup lookup) {
        if (!details.sku().equals(currentSku)) {
            if (!lookup.claimProductSku(id, details.sku())) {
                throw conflict("SKU_TAKEN", "sku", "SKU " + details.sku() + " belongs to another product");
            }
            if (currentSku != null) {
                lookup.releaseProductSku(id, currentSku);
            }
        }
        if (!details.slug().equals(currentSlug)) {
            if (!lookup.claimProductSlug(id, details.slug())) {
                throw conflict("SLUG_TAKEN", "slug", "Slug " + details.slug() + " belongs to another product");
            }
            if (currentSlug != null) {
                lookup.releaseProductSlug(id, currentSlug);
            }
        }
    }

    private static int stockDelta(int from, int to) {
        long delta = (long) to - from;
        if (delta > Integer.MAX_VALUE || delta < Integer.MIN_VALUE) {
            throw invalid("stock", "is too far from the current stock for one adjustment");
        }
        return (int) delta;
    }
}
