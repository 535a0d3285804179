package com.skincare.shop.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@link ResponseCache} in this process, for the embedded default: the same versions and checks as on Redis,
 * with entries in a bounded Caffeine cache, each with its own lifetime. Right for one node only.
 */
public final class InProcessResponseCache implements ResponseCache {

    static final long MAX_ENTRIES = 10_000;

    private record Entry(String stamp, byte[] value, Duration ttl) {
    }

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong nextVersion = new AtomicLong();
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfter(Expiry.<String, Entry>creating((key, entry) -> entry.ttl()))
            .build();

    @Override
    public Lookup lookup(String key, List<String> scopes) {
        String stamp = stamp(scopes);
        Entry entry = entries.getIfPresent(key);
        return new Lookup(key, scopes, stamp, entry != null && entry.stamp().equals(stamp) ? entry.value() : null);
    }

    @Override
    public void store(Lookup lookup, byte[] value, Duration ttl) {
        // An invalidation right after the check leaves an entry that no later lookup matches.
        entries.asMap().compute(lookup.key(), (key, old) ->
                stamp(lookup.scopes()).equals(lookup.stamp()) ? new Entry(lookup.stamp(), value, ttl) : old);
    }

    @Override
    public void invalidate(Collection<String> scopes) {
        scopes.forEach(scope -> versions.put(scope, nextVersion.incrementAndGet()));
    }

    private String stamp(List<String> scopes) {
        return scopes.stream()
                .map(scope -> Long.toString(versions.computeIfAbsent(scope, s -> nextVersion.incrementAndGet())))
                .collect(Collectors.joining(","));
    }
}
