package com.skincare.shop.web.cache;

import com.skincare.shop.web.redis.ShopRedisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@link ResponseCache} on Redis, shared by every query node. A scope's version is a random token in its own key;
 * an entry is {@code <versions>\n<value>}. A lookup is one {@code MGET} of the scopes and the entry, whose bytes go
 * to the client as they are; storing is a script that checks the versions again first.
 * <p>
 * A scope without a version (a fresh Redis, an evicted key) gets a new random one, never a guessable first value,
 * so an entry left from before can never match by chance. Reads fail open: with Redis down the answer is computed
 * and not cached. An invalidation that fails is kept and retried, and until it went through this node serves
 * nothing from the cache.
 */
public final class RedisResponseCache implements ResponseCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisResponseCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte SEPARATOR = '\n';

    /** KEYS[1] the entry, KEYS[2..] the scopes; ARGV[1] the versions looked up, ARGV[2] the value, ARGV[3] ms. */
    private static final RedisScript<Long> STORE = RedisScript.of("""
            local versions = {}
            for i = 2, #KEYS do
              versions[#versions + 1] = redis.call('GET', KEYS[i]) or ''
            end
            if table.concat(versions, ',') ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1] .. '\\n' .. ARGV[2], 'PX', ARGV[3])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final ShopRedisProperties keys;
    private final Set<String> pending = new LinkedHashSet<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cache-invalidation-retry");
        thread.setDaemon(true);
        return thread;
    });

    public RedisResponseCache(StringRedisTemplate redis, ShopRedisProperties keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Lookup lookup(String key, List<String> scopes) {
        if (!flushPending()) {
            return Lookup.unavailable(key, scopes);
        }
        try {
            List<byte[]> answer = redis.execute((RedisCallback<List<byte[]>>) connection ->
                    connection.stringCommands().mGet(rawKeys(scopes, key)));
            if (answer == null || answer.size() != scopes.size() + 1) {
                return Lookup.unavailable(key, scopes);
            }
            List<String> versions = new ArrayList<>(scopes.size());
            for (int i = 0; i < scopes.size(); i++) {
                byte[] version = answer.get(i);
                versions.add(version != null ? new String(version, StandardCharsets.US_ASCII) : claimVersion(scopes.get(i)));
            }
            String stamp = String.join(",", versions);
            return new Lookup(key, scopes, stamp, valueIfCurrent(answer.get(scopes.size()), stamp));
        } catch (DataAccessException e) {
            log.warn("Redis did not answer a cache lookup; answering without the cache: {}", e.getMessage());
            return Lookup.unavailable(key, scopes);
        }
    }

    @Override
    public void store(Lookup lookup, byte[] value, Duration ttl) {
        if (!lookup.usable()) {
            return;
        }
        try {
            redis.execute(STORE, redisKeys(lookup.key(), lookup.scopes()), lookup.stamp(),
                    new String(value, StandardCharsets.UTF_8), Long.toString(ttl.toMillis()));
        } catch (DataAccessException e) {
            log.warn("Redis did not take a cache entry: {}", e.getMessage());
        }
    }

    @Override
    public void invalidate(Collection<String> scopes) {
        synchronized (pending) {
            pending.addAll(scopes);
        }
        if (!flushPending()) {
            retries.schedule(this::retry, 250, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }

    private void retry() {
        if (!flushPending()) {
            retries.schedule(this::retry, 1, TimeUnit.SECONDS);
        }
    }

    /** True when no invalidation is left to send. */
    private boolean flushPending() {
        List<String> scopes;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return true;
            }
            scopes = new ArrayList<>(pending);
        }
        try {
            Map<String, String> versions = new LinkedHashMap<>();
            for (String scope : scopes) {
                versions.put(keys.key(scope), newVersion());
            }
            redis.opsForValue().multiSet(versions);
        } catch (DataAccessException e) {
            log.error("Redis did not take a cache invalidation of {}; this node serves nothing from the cache until "
                    + "it does: {}", scopes, e.getMessage());
            return false;
        }
        synchronized (pending) {
            scopes.forEach(pending::remove);
            return pending.isEmpty();
        }
    }

    /** A scope seen without a version gets one, unless another node gave it one first. */
    private String claimVersion(String scope) {
        String fresh = newVersion();
        Boolean set = redis.opsForValue().setIfAbsent(keys.key(scope), fresh);
        if (Boolean.TRUE.equals(set)) {
            return fresh;
        }
        String current = redis.opsForValue().get(keys.key(scope));
        return current == null ? fresh : current;
    }

    /** The entry's value when its versions are {@code stamp}, without copying more than the value once. */
    private static byte[] valueIfCurrent(byte[] entry, String stamp) {
        if (entry == null) {
            return null;
        }
        byte[] expected = stamp.getBytes(StandardCharsets.US_ASCII);
        if (entry.length <= expected.length || entry[expected.length] != SEPARATOR
                || !Arrays.equals(entry, 0, expected.length, expected, 0, expected.length)) {
            return null;
        }
        return Arrays.copyOfRange(entry, expected.length + 1, entry.length);
    }

    private byte[][] rawKeys(List<String> scopes, String key) {
        byte[][] raw = new byte[scopes.size() + 1][];
        for (int i = 0; i < scopes.size(); i++) {
            raw[i] = keys.key(scopes.get(i)).getBytes(StandardCharsets.UTF_8);
        }
        raw[scopes.size()] = keys.key(key).getBytes(StandardCharsets.UTF_8);
        return raw;
    }

    private List<String> redisKeys(String key, List<String> scopes) {
        List<String> all = new ArrayList<>(scopes.size() + 1);
        all.add(keys.key(key));
        scopes.forEach(scope -> all.add(keys.key(scope)));
        return all;
    }

    private static String newVersion() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
