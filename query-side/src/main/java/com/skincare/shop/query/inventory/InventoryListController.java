package com.skincare.shop.query.inventory;

import com.skincare.shop.api.catalog.FindStockHistoryQuery;
import com.skincare.shop.api.catalog.FindStockLevelQuery;
import com.skincare.shop.api.catalog.StockLevelView;
import com.skincare.shop.api.catalog.StockMovementView;
import com.skincare.shop.query.PageParameters;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's inventory reads: every product's stock, one product's, the tracked products running low, and a
 * product's stock history. Access is decided by the security rules on {@code /api/v1/admin/**}. Named apart from
 * the command side's {@code InventoryController}, since the launcher scans both sides into one context.
 */
@RestController
@RequestMapping("/api/v1/admin/inventory")
public class InventoryListController {

    private final QueryGateway queryGateway;

    public InventoryListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    public ApiResponse<PageResponse<StockLevelView>> list(@ParameterObject InventoryListParameters parameters) {
        return ApiResponse.ok("Inventory retrieved", levels(parameters.toQuery()));
    }

    @GetMapping("/low-stock")
    public ApiResponse<PageResponse<StockLevelView>> lowStock(@ParameterObject LowStockParameters parameters) {
        return ApiResponse.ok("Low stock retrieved", levels(parameters.toQuery()));
    }

    @GetMapping("/{product_id}")
    public ApiResponse<StockLevelView> one(@PathVariable("product_id") String productId) {
        FindStockLevelQuery query = new FindStockLevelQuery(RequestParameters.id("product_id", productId));
        return ApiResponse.ok("Stock retrieved", QueryAnswers.await(
                        queryGateway.query(query, ResponseTypes.optionalInstanceOf(StockLevelView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found")));
    }

    @GetMapping("/{product_id}/history")
    public ApiResponse<PageResponse<StockMovementView>> history(@PathVariable("product_id") String productId,
                                                               @ParameterObject PageParameters parameters) {
        FindStockHistoryQuery query = new FindStockHistoryQuery(RequestParameters.id("product_id", productId),
                parameters.toPageRequest(InventoryQueryHandler.DEFAULT_LIMIT));
        return ApiResponse.ok("Stock history retrieved", PageResponse.of(QueryAnswers.await(
                        queryGateway.query(query, QueryAnswers.optionalPageOf(StockMovementView.class)))
                .orElseThrow(() -> new NotFoundException("Product not found"))));
    }

    private PageResponse<StockLevelView> levels(Object query) {
        return PageResponse.of(QueryAnswers.await(
                queryGateway.query(query, QueryAnswers.pageOf(StockLevelView.class))));
    }
}
