package com.skincare.shop.command.coupons;

import com.skincare.shop.api.coupons.ChangeCouponStatusCommand;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.DeleteCouponCommand;
import com.skincare.shop.api.coupons.UpdateCouponCommand;
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
import java.util.Map;

/**
 * The admin's coupon writes. Each turns the request into a command and waits for the aggregate's decision; a
 * taken code is a 409, broken terms a 400, an unknown coupon a 404. The lists and stats are read on the query side.
 */
@RestController
@RequestMapping(CouponAdminController.PATH)
public class CouponAdminController {

    static final String PATH = "/api/v1/admin/coupons";

    private final CommandGateway commands;
    private final CouponIds ids;

    public CouponAdminController(CommandGateway commands, CouponIds ids) {
        this.commands = commands;
        this.ids = ids;
    }

    @PostMapping
    public ResponseEntity<ApiResponse<CouponResponse>> create(@Valid @RequestBody CouponRequest request) {
        CreateCouponCommand command = request.toCreateCommand(ids.nextCouponId());
        commands.sendAndWait(command);
        long id = command.couponId().value();
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(ApiResponse.ok("Coupon created",
                CouponResponse.of(id, command.code(), command.name(), command.description(), command.terms(),
                        command.status())));
    }

    @PutMapping("/{id}")
    public ApiResponse<CouponResponse> update(@PathVariable long id, @Valid @RequestBody CouponRequest request) {
        UpdateCouponCommand command = request.toUpdateCommand(CouponId.of(id));
        commands.sendAndWait(command);
        return ApiResponse.ok("Coupon updated", CouponResponse.of(id, command.code(), command.name(),
                command.description(), command.terms(), command.status()));
    }

    /** Only a coupon that no order holds; one that orders hold is refused (422 COUPON_IN_USE): deactivate it. */
    @DeleteMapping("/{id}")
    public ApiResponse<Map<String, Long>> delete(@PathVariable long id) {
        commands.sendAndWait(new DeleteCouponCommand(CouponId.of(id)));
        return ApiResponse.ok("Coupon deleted", Map.of("id", id));
    }

    /** One command per coupon: each is decided on its own, and the answer says which changed and which not. */
    @PostMapping("/bulk-update")
    public ApiResponse<BulkOutcome> bulkUpdate(@Valid @RequestBody CouponBulkRequest request) {
        CouponStatus status = CouponRequest.status(request.status());
        BulkOutcome outcome = BulkOutcome.run(commands, request.couponIds(),
                id -> new ChangeCouponStatusCommand(CouponId.of(id), status));
        return ApiResponse.ok(outcome.succeeded().size() + " of " + (outcome.succeeded().size()
                + outcome.failed().size()) + " coupons " + status.code(), outcome);
    }
}
