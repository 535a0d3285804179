package com.skincare.shop.command.identity;

import com.skincare.shop.command.Sequences;
import com.skincare.shop.command.CommandDatabase;
import com.skincare.shop.api.common.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The id sequences of the command schema's migration, on the real PostgreSQL. */
class UserIdAllocatorTest {

    private static CommandDatabase database;
    private static UserIdAllocator allocator;

    @BeforeAll
    static void createDatabase() {
        database = CommandDatabase.fresh("command_user_ids_test");
        allocator = new UserIdAllocator(new Sequences(database.jdbc(), database.schema()));
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void handsOutEveryUserIdOnce() {
        UserId first = allocator.nextUserId();
        UserId second = allocator.nextUserId();

        assertThat(second.value()).isGreaterThan(first.value());
    }

    @Test
    void addressIdsHaveTheirOwnSequence() {
        long first = allocator.nextAddressId();
        allocator.nextUserId();
        long second = allocator.nextAddressId();

        assertThat(second).isEqualTo(first + 1);
    }
}
