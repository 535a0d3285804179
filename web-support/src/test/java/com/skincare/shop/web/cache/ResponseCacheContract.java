package com.skincare.shop.web.cache;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ResponseCache} promises, run against each implementation. */
abstract class ResponseCacheContract {

    abstract ResponseCache cache();

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    final String key = "api:test:" + UUID.randomUUID();
    final String lists = "api:test-lists:" + UUID.randomUUID();
    final String one = "api:test-one:" + UUID.randomUUID();
    final List<String> scopes = List.of(lists, one);

    @Test
    void aStoredAnswerIsServedUntilItsScopesChange() {
        ResponseCache.Lookup miss = cache().lookup(key, scopes);
        assertThat(miss.hit()).isFalse();
        assertThat(miss.usable()).isTrue();

        cache().store(miss, bytes("{\"v\":1}"), Duration.ofMinutes(1));
        assertThat(cache().lookup(key, scopes).value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"v\":1}");

        cache().invalidate(List.of(one));
        assertThat(cache().lookup(key, scopes).hit()).isFalse();
    }

    @Test
    void anyOfItsScopesInvalidatesIt() {
        cache().store(cache().lookup(key, scopes), bytes("a"), Duration.ofMinutes(1));
        cache().invalidate(List.of(lists));
        assertThat(cache().lookup(key, scopes).hit()).isFalse();
    }

    @Test
    void otherScopesLeaveItAlone() {
        cache().store(cache().lookup(key, scopes), bytes("a"), Duration.ofMinutes(1));
        cache().invalidate(List.of("api:test-other:" + UUID.randomUUID()));
        assertThat(cache().lookup(key, scopes).value()).asString(StandardCharsets.UTF_8).isEqualTo("a");
    }

    /** The race a cache in front of an eventually consistent table must not lose: read old, update, store old. */
    @Test
    void anAnswerComputedBeforeAnInvalidationIsNeverServedAfterIt() {
        ResponseCache.Lookup before = cache().lookup(key, scopes);
        cache().invalidate(List.of(one));
        cache().store(before, bytes("old rows"), Duration.ofMinutes(1));

        assertThat(cache().lookup(key, scopes).hit()).isFalse();
    }

    @Test
    void anEntryEndsWithItsLifetime() {
        cache().store(cache().lookup(key, scopes), bytes("short"), Duration.ofMillis(50));
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> !cache().lookup(key, scopes).hit());
    }

    @Test
    void keysDoNotShareEntries() {
        cache().store(cache().lookup(key, scopes), bytes("mine"), Duration.ofMinutes(1));
        assertThat(cache().lookup(key + ":other", scopes).hit()).isFalse();
    }
}
