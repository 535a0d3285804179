package com.skincare.shop.web.redis;

import com.skincare.shop.web.errors.ServiceUnavailableException;
import org.springframework.dao.DataAccessException;

import java.util.function.Supplier;

/** Runs a Redis call and turns "Redis does not answer" into a 503 for the client instead of a 500. */
public final class RedisCalls {

    private RedisCalls() {
    }

    public static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException e) {
            throw new ServiceUnavailableException("Redis did not answer: " + what, e);
        }
    }

    public static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }
}
