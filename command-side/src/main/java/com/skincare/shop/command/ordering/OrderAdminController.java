package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.ChangeFulfillmentStatusCommand;
import com.skincare.shop.api.ordering.ChangeOrderStatusCommand;
import com.skincare.shop.api.ordering.ChangePaymentStatusCommand;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderStanding;
import com.skincare.shop.api.ordering.RefundOrderCommand;
import com.skincare.shop.api.ordering.ShipOrderCommand;
import com.skincare.shop.api.ordering.UpdateOrderStatusesCommand;
import com.skincare.shop.command.BulkOutcome;
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
 * The admin's order writes. Each is one command to the order, which decides along its status machine (an illegal
 * move is a 422 naming where from and where to) and answers where the order stands now. The reads are on the
 * query side.
 */
@RestController
@RequestMapping(OrderAdminController.PATH)
public class OrderAdminController {

    static final String PATH = "/api/v1/admin/orders";

    private final CommandGateway commands;

    public OrderAdminController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/{id}/status")
    public ApiResponse<OrderStanding> status(@PathVariable long id, @Valid @RequestBody OrderRequests.Status request) {
        return answer("Order status updated", new ChangeOrderStatusCommand(OrderId.of(id), request.status(),
                request.trackingNumber(), request.reason()));
    }

    @PutMapping("/{id}/payment-status")
    public ApiResponse<OrderStanding> paymentStatus(@PathVariable long id,
                                                    @Valid @RequestBody OrderRequests.Payment request) {
        return answer("Payment status updated",
                new ChangePaymentStatusCommand(OrderId.of(id), request.paymentStatus()));
    }

    @PutMapping("/{id}/fulfillment-status")
    public ApiResponse<OrderStanding> fulfillmentStatus(@PathVariable long id,
                                                        @Valid @RequestBody OrderRequests.Fulfillment request) {
        return answer("Fulfillment status updated",
                new ChangeFulfillmentStatusCommand(OrderId.of(id), request.fulfillmentStatus()));
    }

    @PostMapping("/{id}/ship")
    public ApiResponse<OrderStanding> ship(@PathVariable long id, @Valid @RequestBody OrderRequests.Ship request) {
        return answer("Order shipped", new ShipOrderCommand(OrderId.of(id), request.trackingNumber()));
    }

    @PostMapping("/{id}/refund")
    public ApiResponse<OrderStanding> refund(@PathVariable long id, @Valid @RequestBody OrderRequests.Refund request) {
        return answer("Order refunded", new RefundOrderCommand(OrderId.of(id), request.amount(), request.reason(),
                request.restocks()));
    }

    /** One command per order, each all or nothing for that order; the answer says which changed and which not. */
    @PostMapping("/bulk-update")
    public ApiResponse<BulkOutcome> bulkUpdate(@Valid @RequestBody OrderRequests.Bulk request) {
        BulkOutcome outcome = BulkOutcome.run(commands, request.orderIds(), id -> new UpdateOrderStatusesCommand(
                OrderId.of(id), request.status(), request.paymentStatus(), request.fulfillmentStatus()));
        return ApiResponse.ok(outcome.succeeded().size() + " of " + (outcome.succeeded().size()
                + outcome.failed().size()) + " orders updated", outcome);
    }

    private ApiResponse<OrderStanding> answer(String message, Object command) {
        OrderStanding standing = commands.sendAndWait(command);
        return ApiResponse.ok(message, standing);
    }
}
