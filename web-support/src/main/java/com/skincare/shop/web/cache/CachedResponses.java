package com.skincare.shop.web.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers a read from the {@link ResponseCache} when it can, else computes the body, answers it and keeps its
 * JSON. A hit sends the stored bytes as they are: no query, no serialization. Only successful answers are kept;
 * a refusal (a 404 thrown by the supplier) passes through untouched. Hits and misses are counted per cache as
 * {@code shop.cache.requests{cache, result}}; {@code X-Cache} says which it was.
 */
public final class CachedResponses {

    public static final String HEADER = "X-Cache";

    private final ResponseCache cache;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public CachedResponses(ResponseCache cache, ObjectMapper json, MeterRegistry meters) {
        this.cache = cache;
        this.json = json;
        this.meters = meters;
    }

    public ResponseEntity<byte[]> answer(String cacheName, String key, List<String> scopes, Duration ttl,
                                         Supplier<?> body) {
        ResponseCache.Lookup lookup = cache.lookup(key, scopes);
        if (lookup.hit()) {
            count(cacheName, "hit");
            return json(lookup.value(), "HIT");
        }
        count(cacheName, lookup.usable() ? "miss" : "bypass");
        byte[] value = serialize(body.get());
        cache.store(lookup, value, ttl);
        return json(value, lookup.usable() ? "MISS" : "BYPASS");
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a cached answer as JSON", e);
        }
    }

    private void count(String cacheName, String result) {
        counters.computeIfAbsent(cacheName + ":" + result, k -> Counter.builder("shop.cache.requests")
                .description("Reads answered from the response cache (hit), computed (miss) or computed because "
                        + "the cache could not be asked (bypass)")
                .tag("cache", cacheName)
                .tag("result", result)
                .register(meters)).increment();
    }

    private static ResponseEntity<byte[]> json(byte[] body, String outcome) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HEADER, outcome).body(body);
    }
}
