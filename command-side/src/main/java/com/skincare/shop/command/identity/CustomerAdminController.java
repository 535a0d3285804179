package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.ActivateUserCommand;
import com.skincare.shop.api.identity.DeleteUserCommand;
import com.skincare.shop.api.identity.GrantAnalyticsAccessCommand;
import com.skincare.shop.api.identity.RevokeAnalyticsAccessCommand;
import com.skincare.shop.api.identity.SuspendUserCommand;
import com.skincare.shop.api.identity.UpdateUserCommand;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * The admin's writes to users: {@code /api/v1/admin/customers/{id}} (update, delete, suspend, activate, the event
 * feed's analytics access) and
 * {@code /api/v1/admin/users/{id}/addresses}. The reads are on the query side. Which admin asks travels in the
 * commands, so an admin cannot suspend, delete or demote themselves.
 */
@RestController
public class CustomerAdminController {

    static final String CUSTOMERS = "/api/v1/admin/customers";
    static final String USER_ADDRESSES = "/api/v1/admin/users/{id}/addresses";

    private final CommandGateway commands;
    private final AddressWrites addresses;

    public CustomerAdminController(CommandGateway commands, AddressWrites addresses) {
        this.commands = commands;
        this.addresses = addresses;
    }

    @PutMapping(CUSTOMERS + "/{id}")
    public ApiResponse<AccountResponse> update(@AuthenticationPrincipal AuthenticatedUser admin, @PathVariable long id,
                                               @Valid @RequestBody CustomerUpdateRequest request) {
        UpdateUserCommand command = new UpdateUserCommand(UserId.of(id), request.profile(), request.role(),
                UserId.of(admin.userId()));
        commands.sendAndWait(command);
        return ApiResponse.ok("Customer updated", AccountResponse.profile(id, command.profile(), command.role()));
    }

    @DeleteMapping(CUSTOMERS + "/{id}")
    public ApiResponse<Void> delete(@AuthenticationPrincipal AuthenticatedUser admin, @PathVariable long id) {
        commands.sendAndWait(new DeleteUserCommand(UserId.of(id), UserId.of(admin.userId())));
        return ApiResponse.ok("Customer deleted", null);
    }

    @PostMapping(CUSTOMERS + "/{id}/suspend")
    public ApiResponse<Void> suspend(@AuthenticationPrincipal AuthenticatedUser admin, @PathVariable long id,
                                     @Valid @RequestBody(required = false) AuthRequests.Suspend request) {
        commands.sendAndWait(new SuspendUserCommand(UserId.of(id), request == null ? null : request.reason(),
                UserId.of(admin.userId())));
        return ApiResponse.ok("Customer suspended", null);
    }

    @PostMapping(CUSTOMERS + "/{id}/activate")
    public ApiResponse<Void> activate(@PathVariable long id) {
        commands.sendAndWait(new ActivateUserCommand(UserId.of(id)));
        return ApiResponse.ok("Customer activated", null);
    }

    /** Lets the user read the event feed; their sessions end, and the next sign-in's tokens carry the grant. */
    @PutMapping(CUSTOMERS + "/{id}/analytics-access")
    public ApiResponse<Map<String, Object>> grantAnalytics(@PathVariable long id) {
        commands.sendAndWait(new GrantAnalyticsAccessCommand(UserId.of(id)));
        return ApiResponse.ok("Analytics access granted", Map.of("user_id", id, "analytics_access", true));
    }

    @DeleteMapping(CUSTOMERS + "/{id}/analytics-access")
    public ApiResponse<Map<String, Object>> revokeAnalytics(@PathVariable long id) {
        commands.sendAndWait(new RevokeAnalyticsAccessCommand(UserId.of(id)));
        return ApiResponse.ok("Analytics access revoked", Map.of("user_id", id, "analytics_access", false));
    }

    @PostMapping(USER_ADDRESSES)
    public ResponseEntity<ApiResponse<AddressResponse>> addAddress(@PathVariable long id,
                                                                   @Valid @RequestBody AddressRequest request) {
        AddressResponse added = addresses.add(id, request);
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id + "/addresses/" + added.id()))
                .body(ApiResponse.ok("Address added", added));
    }

    @PutMapping(USER_ADDRESSES + "/{addressId}")
    public ApiResponse<AddressResponse> updateAddress(@PathVariable long id, @PathVariable long addressId,
                                                      @Valid @RequestBody AddressRequest request) {
        return ApiResponse.ok("Address updated", addresses.update(id, addressId, request));
    }

    @DeleteMapping(USER_ADDRESSES + "/{addressId}")
    public ApiResponse<Void> removeAddress(@PathVariable long id, @PathVariable long addressId) {
        addresses.remove(id, addressId);
        return ApiResponse.ok("Address removed", null);
    }
}
