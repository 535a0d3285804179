package com.skincare.shop.command.identity;

import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The signed-in user's own addresses. The user comes from the token, never from the path, so nobody can write
 * another user's address here; an address id that is not theirs is simply not found.
 */
@RestController
@RequestMapping(AddressController.PATH)
public class AddressController {

    static final String PATH = "/api/v1/user/addresses";

    private final AddressWrites addresses;

    public AddressController(AddressWrites addresses) {
        this.addresses = addresses;
    }

    @PostMapping
    public ResponseEntity<ApiResponse<AddressResponse>> add(@AuthenticationPrincipal AuthenticatedUser user,
                                                            @Valid @RequestBody AddressRequest request) {
        AddressResponse added = addresses.add(user.userId(), request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.id())).body(ApiResponse.ok("Address added", added));
    }

    @PutMapping("/{id}")
    public ApiResponse<AddressResponse> update(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                                               @Valid @RequestBody AddressRequest request) {
        return ApiResponse.ok("Address updated", addresses.update(user.userId(), id, request));
    }

    @DeleteMapping("/{id}")
    public ApiResponse<Void> remove(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        addresses.remove(user.userId(), id);
        return ApiResponse.ok("Address removed", null);
    }

    @PostMapping("/{id}/default")
    public ApiResponse<Void> makeDefault(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        addresses.makeDefault(user.userId(), id);
        return ApiResponse.ok("Default address set", null);
    }
}
