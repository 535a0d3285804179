package com.skincare.shop.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are limited per account (10) and per client address (20) over 15 minutes, counted in the real
 * Redis service under the seed's {@code rate_limit:login:…} keys, so every node shares the count. Each test
 * speaks from addresses of its own.
 */
class LoginLimitsIT extends ShopIT {

    private static final String WRONG = "Wrong-password-0";

    @Autowired
    StringRedisTemplate redis;

    private Http.Answer attempt(String address, String email, String password) {
        return anonymous().from(address).post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void tenFailuresLockTheAccountForAWindowFromEveryAddressAndTellNothingMore() {
        Customer customer = newCustomer();
        for (int i = 1; i <= 10; i++) {
            assertThat(attempt("192.0.2." + i, customer.email(), WRONG).status()).as("attempt " + i).isEqualTo(401);
        }

        Http.Answer locked = attempt("192.0.2.99", customer.email(), customer.password());

        assertThat(locked.status()).as("even the right password waits: a guess must not be confirmed").isEqualTo(429);
        assertThat(locked.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(customer.http().get("/api/v1/user/addresses").status())
                .as("sessions already open are not affected").isEqualTo(200);
        Http.Answer unknownLocked = attempt("192.0.2.98", "nobody-" + unique() + "@example.com", WRONG);
        assertThat(unknownLocked.status()).as("another account is not locked").isEqualTo(401);
    }

    @Test
    void twentyFailuresFromOneAddressStopThatAddressOnly() {
        String address = "198.18." + (Long.parseLong(unique()) % 250) + ".7";
        for (int i = 1; i <= 20; i++) {
            assertThat(attempt(address, "guess-" + i + "-" + unique() + "@example.com", WRONG).status())
                    .as("attempt " + i).isEqualTo(401);
        }
        Customer customer = newCustomer();

        Http.Answer blocked = attempt(address, customer.email(), customer.password());

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(attempt("198.19.0.1", customer.email(), customer.password()).status())
                .as("the same account from elsewhere signs in").isEqualTo(200);
        String key = REDIS_PREFIX + "rate_limit:login:" + address;
        assertThat(redis.opsForValue().get(key)).isEqualTo("20");
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(1L, 900L);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        Customer customer = newCustomer();
        for (int i = 1; i <= 9; i++) {
            attempt("192.0.2." + (100 + i), customer.email(), WRONG);
        }

        assertThat(attempt("192.0.2.120", customer.email(), customer.password()).status()).isEqualTo(200);

        for (int i = 1; i <= 9; i++) {
            assertThat(attempt("192.0.2." + (130 + i), customer.email(), WRONG).status()).isEqualTo(401);
        }
        assertThat(attempt("192.0.2.150", customer.email(), customer.password()).status()).isEqualTo(200);
    }

    @Test
    void theAdminSignInCountsTheSameFailures() {
        String address = "198.18.251." + (Long.parseLong(unique()) % 250);
        for (int i = 1; i <= 20; i++) {
            anonymous().from(address).post("/api/v1/admin/login",
                    Map.of("email", "intruder-" + i + "@example.com", "password", WRONG));
        }

        Http.Answer blocked = anonymous().from(address).post("/api/v1/admin/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isPresent();
    }
}
