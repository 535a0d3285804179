package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.catalog.ArchiveProductCommand;
import com.skincare.shop.api.catalog.ChangeProductListingCommand;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.PublishProductCommand;
import com.skincare.shop.api.catalog.RemoveProductImageCommand;
import com.skincare.shop.api.catalog.ReorderProductImagesCommand;
import com.skincare.shop.api.catalog.SetPrimaryProductImageCommand;
import com.skincare.shop.api.catalog.UpdateProductCommand;
import com.skincare.shop.command.BulkOutcome;
import com.skincare.shop.web.envelope.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The admin's product writes. Each turns the request into a command and waits for the aggregate's decision;
 * refusals surface as {@code RejectedException} and become 4xx answers in web-support.
 */
@RestController
@RequestMapping(ProductAdminController.PATH)
public class ProductAdminController {

    static final String PATH = "/api/v1/admin/products";

    private final CommandGateway commands;
    private final IdAllocator ids;

    public ProductAdminController(CommandGateway commands, IdAllocator ids) {
        this.commands = commands;
        this.ids = ids;
    }

    @PostMapping
    public ResponseEntity<ApiResponse<ProductResponse>> create(@Valid @RequestBody ProductRequest request) {
        CreateProductCommand command = request.toCreateCommand(ids.nextProductId());
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create(PATH + "/" + command.productId().value()))
                .body(ApiResponse.ok("Product created", ProductResponse.created(command)));
    }

    @PutMapping("/{id}")
    public ApiResponse<ProductResponse> update(@PathVariable long id, @Valid @RequestBody ProductRequest request) {
        UpdateProductCommand command = request.toUpdateCommand(ProductId.of(id));
        commands.sendAndWait(command);
        return ApiResponse.ok("Product updated", ProductResponse.updated(command));
    }

    /** Archives rather than deletes: orders keep referring to the product, so it must stay. */
    @DeleteMapping("/{id}")
    public ApiResponse<ProductStatusResponse> delete(@PathVariable long id) {
        commands.sendAndWait(new ArchiveProductCommand(ProductId.of(id)));
        return ApiResponse.ok("Product archived", new ProductStatusResponse(id, ProductStatus.ARCHIVED));
    }

    @PostMapping("/{id}/publish")
    public ApiResponse<ProductStatusResponse> publish(@PathVariable long id) {
        commands.sendAndWait(new PublishProductCommand(ProductId.of(id)));
        return ApiResponse.ok("Product published", new ProductStatusResponse(id, ProductStatus.ACTIVE));
    }

    @PostMapping("/{id}/archive")
    public ApiResponse<ProductStatusResponse> archive(@PathVariable long id) {
        commands.sendAndWait(new ArchiveProductCommand(ProductId.of(id)));
        return ApiResponse.ok("Product archived", new ProductStatusResponse(id, ProductStatus.ARCHIVED));
    }

    @PostMapping("/{id}/images")
    public ResponseEntity<ApiResponse<ProductImageResponse>> addImage(@PathVariable long id,
                                                                      @Valid @RequestBody ProductImageRequest request) {
        AddProductImageCommand command = request.toCommand(ProductId.of(id), ids.nextProductImageId());
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create(PATH + "/" + id + "/images/" + command.imageId()))
                .body(ApiResponse.ok("Product image added", ProductImageResponse.added(command)));
    }

    @DeleteMapping("/{id}/images/{imageId}")
    public ApiResponse<Void> removeImage(@PathVariable long id, @PathVariable long imageId) {
        commands.sendAndWait(new RemoveProductImageCommand(ProductId.of(id), imageId));
        return ApiResponse.ok("Product image removed", null);
    }

    @PutMapping("/{id}/images/{imageId}/primary")
    public ApiResponse<Void> makeImagePrimary(@PathVariable long id, @PathVariable long imageId) {
        commands.sendAndWait(new SetPrimaryProductImageCommand(ProductId.of(id), imageId));
        return ApiResponse.ok("Primary image set", null);
    }

    @PutMapping("/{id}/images/order")
    public ApiResponse<Void> reorderImages(@PathVariable long id,
                                           @Valid @RequestBody CatalogBulkRequests.ImageOrder request) {
        commands.sendAndWait(new ReorderProductImagesCommand(ProductId.of(id), request.imageIds()));
        return ApiResponse.ok("Product images reordered", null);
    }

    /** One command per product: each is decided on its own, and the answer says which changed and which not. */
    @PostMapping("/bulk-update")
    public ApiResponse<BulkOutcome> bulkUpdate(@Valid @RequestBody CatalogBulkRequests.ProductListing request) {
        BulkOutcome outcome = BulkOutcome.run(commands, request.productIds(),
                id -> new ChangeProductListingCommand(ProductId.of(id), request.status(), request.featured()));
        return ApiResponse.ok(summary(outcome, "updated"), outcome);
    }

    /** Deleting archives, as for one product. */
    @PostMapping("/bulk-delete")
    public ApiResponse<BulkOutcome> bulkDelete(@Valid @RequestBody CatalogBulkRequests.ProductIds request) {
        BulkOutcome outcome = BulkOutcome.run(commands, request.productIds(),
                id -> new ArchiveProductCommand(ProductId.of(id)));
        return ApiResponse.ok(summary(outcome, "archived"), outcome);
    }

    private static String summary(BulkOutcome outcome, String done) {
        return outcome.succeeded().size() + " of " + (outcome.succeeded().size() + outcome.failed().size())
                + " products " + done;
    }
}
