package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CustomerContact;
import com.skincare.shop.command.CustomerDirectory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Identity's answer to the checkout: the User aggregate itself, loaded in the caller's unit of work. */
@Component
public class AggregateCustomerDirectory implements CustomerDirectory {

    /** Axon builds the repository after the handlers' resources, so it is fetched when first needed. */
    private final ObjectProvider<Repository<User>> users;

    public AggregateCustomerDirectory(ObjectProvider<Repository<User>> users) {
        this.users = users;
    }

    @Override
    public Optional<CustomerContact> contact(UserId user) {
        try {
            return users.getObject().load(user.toString()).invoke(User::contact);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
