package com.skincare.shop.command.inventory;

import com.skincare.shop.api.catalog.StockChange;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.web.envelope.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's stock writes. Stock belongs to the product, so each request becomes a command to the Product
 * aggregate, which decides and answers the stock it now has; this answer is not read back from the read model.
 */
@RestController
@RequestMapping("/api/v1/admin/inventory")
public class InventoryController {

    private final CommandGateway commands;

    public InventoryController(CommandGateway commands) {
        this.commands = commands;
    }

    /** A PUT of the stock the product already has changes nothing and says so: 200, {@code delta} 0. */
    @PutMapping("/{product_id}")
    public ApiResponse<StockResponse> set(@PathVariable("product_id") long productId,
                                          @Valid @RequestBody StockRequest request) {
        StockChange change = commands.sendAndWait(request.toCommand(ProductId.of(productId)));
        return ApiResponse.ok(change.delta() == 0 ? "Stock unchanged" : "Stock updated", StockResponse.of(change));
    }

    @PostMapping("/{product_id}/restock")
    public ApiResponse<StockResponse> restock(@PathVariable("product_id") long productId,
                                              @Valid @RequestBody RestockRequest request) {
        StockChange change = commands.sendAndWait(request.toCommand(ProductId.of(productId)));
        return ApiResponse.ok("Product restocked", StockResponse.of(change));
    }
}
