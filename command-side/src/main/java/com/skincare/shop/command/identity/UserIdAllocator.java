package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.Sequences;
import org.springframework.stereotype.Component;

/** The ids of users and their addresses, from {@link Sequences}. */
@Component
public class UserIdAllocator {

    private final Sequences sequences;

    public UserIdAllocator(Sequences sequences) {
        this.sequences = sequences;
    }

    public UserId nextUserId() {
        return UserId.of(sequences.next("user_id_seq"));
    }

    public long nextAddressId() {
        return sequences.next("user_address_id_seq");
    }
}
