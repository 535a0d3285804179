package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.AddAddressCommand;
import com.skincare.shop.api.identity.RemoveAddressCommand;
import com.skincare.shop.api.identity.SetDefaultAddressCommand;
import com.skincare.shop.api.identity.UpdateAddressCommand;
import com.skincare.shop.api.common.UserId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** The address commands, shared by a customer's own endpoints and the admin's endpoints for any user. */
@Service
public class AddressWrites {

    private final CommandGateway commands;
    private final UserIdAllocator ids;

    public AddressWrites(CommandGateway commands, UserIdAllocator ids) {
        this.commands = commands;
        this.ids = ids;
    }

    public AddressResponse add(long userId, AddressRequest request) {
        AddAddressCommand command = new AddAddressCommand(UserId.of(userId), ids.nextAddressId(), request.address(),
                request.wantsDefault());
        commands.sendAndWait(command);
        return AddressResponse.of(command.addressId(), userId, command.address());
    }

    public AddressResponse update(long userId, long addressId, AddressRequest request) {
        UpdateAddressCommand command = new UpdateAddressCommand(UserId.of(userId), addressId, request.address());
        commands.sendAndWait(command);
        return AddressResponse.of(addressId, userId, command.address());
    }

    public void remove(long userId, long addressId) {
        commands.sendAndWait(new RemoveAddressCommand(UserId.of(userId), addressId));
    }

    public void makeDefault(long userId, long addressId) {
        commands.sendAndWait(new SetDefaultAddressCommand(UserId.of(userId), addressId));
    }
}
