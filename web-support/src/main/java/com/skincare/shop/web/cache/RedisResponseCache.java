package com.skincare.shop.web.cache;

import com.skincare.shop.web.redis.ShopRedisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.GenericToStringSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * In front of Redis sits a near cache of this node's recent entries, so a hot page costs no round trip at all.
 * It is only as good as this node's copy of the scopes' versions: an invalidation made here changes the copy at
 * once; one made on another node reaches it with the next refresh of every known version, every
 * {@link #REFRESH_EVERY}. The near cache answers only while the last refresh is younger than
 * {@link #TRUST_FOR}, so on another node an entry outlives its invalidation by a fraction of a second at most,
 * and with Redis unreachable not at all.
 */
public final class RedisResponseCache implements ResponseCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisResponseCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte SEPARATOR = '\n';

    static final Duration REFRESH_EVERY = Duration.ofMillis(200);
    static final Duration TRUST_FOR = Duration.ofMillis(800);
    /** The near cache's budget: its entries' bytes, not their number, since a list page weighs ~20 KB. */
    static final long NEAR_CACHE_BYTES = 32L * 1024 * 1024;
    private static final int REFRESH_BATCH = 500;

    private record NearEntry(String stamp, byte[] value, long expiresAtNanos) {
    }

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

    private static final RedisSerializer<Long> LONG = new GenericToStringSerializer<>(Long.class);

    private final StringRedisTemplate redis;
    private final ShopRedisProperties keys;
    private final Set<String> pending = new LinkedHashSet<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "response-cache-versions");
        thread.setDaemon(true);
        return thread;
    });

    /** This node's copy of the scopes' versions in Redis, for the near cache. */
    private final Map<String, String> knownVersions = new ConcurrentHashMap<>();
    private final Object versionWrites = new Object();
    private long ownInvalidations;
    private volatile long refreshedAtNanos = System.nanoTime() - 2 * TRUST_FOR.toNanos();
    private final Cache<String, NearEntry> near = Caffeine.newBuilder()
            .maximumWeight(NEAR_CACHE_BYTES)
            .weigher((String key, NearEntry entry) -> entry.value().length + key.length())
            .build();

    public RedisResponseCache(StringRedisTemplate redis, ShopRedisProperties keys) {
        this.redis = redis;
        this.keys = keys;
        long every = REFRESH_EVERY.toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshVersions, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public Lookup lookup(String key, List<String> scopes) {
        if (!flushPending()) {
            return Lookup.unavailable(key, scopes);
        }
        Lookup nearby = nearLookup(key, scopes);
        if (nearby != null) {
            return nearby;
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
                versions.add(version != null ? new String(version, StandardCharsets.US_ASCII)
                        : claimVersion(scopes.get(i)));
            }
            for (int i = 0; i < scopes.size(); i++) {
                knownVersions.putIfAbsent(scopes.get(i), versions.get(i));
            }
            String stamp = String.join(",", versions);
            byte[] value = valueIfCurrent(answer.get(scopes.size()), stamp);
            if (value != null) {
                Long ttl = redis.getExpire(keys.key(key), TimeUnit.MILLISECONDS);
                keepNear(key, stamp, value, ttl == null ? 0 : ttl);
            }
            return new Lookup(key, scopes, stamp, value);
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
            // The value goes as the bytes it is; a String would decode and encode again some 20 KB per page.
            Long stored = redis.execute(STORE, RedisSerializer.byteArray(), LONG,
                    redisKeys(lookup.key(), lookup.scopes()), lookup.stamp().getBytes(StandardCharsets.US_ASCII),
                    value, Long.toString(ttl.toMillis()).getBytes(StandardCharsets.US_ASCII));
            if (stored != null && stored == 1) {
                keepNear(lookup.key(), lookup.stamp(), value, ttl.toMillis());
            }
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
            scheduler.schedule(this::retry, 250, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void retry() {
        if (!flushPending()) {
            scheduler.schedule(this::retry, 1, TimeUnit.SECONDS);
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
            synchronized (versionWrites) {
                ownInvalidations++;
                for (String scope : scopes) {
                    knownVersions.put(scope, versions.get(keys.key(scope)));
                }
            }
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

    /**
     * The near entry, when this node knows every scope's version, trusts its copy and the entry matches it. Null
     * sends the lookup on to Redis.
     */
    private Lookup nearLookup(String key, List<String> scopes) {
        if (System.nanoTime() - refreshedAtNanos > TRUST_FOR.toNanos()) {
            return null;
        }
        NearEntry entry = near.getIfPresent(key);
        if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
            return null;
        }
        StringBuilder stamp = new StringBuilder();
        for (String scope : scopes) {
            String version = knownVersions.get(scope);
            if (version == null) {
                return null;
            }
            if (!stamp.isEmpty()) {
                stamp.append(',');
            }
            stamp.append(version);
        }
        return stamp.toString().equals(entry.stamp()) ? new Lookup(key, scopes, entry.stamp(), entry.value()) : null;
    }

    private void keepNear(String key, String stamp, byte[] value, long ttlMillis) {
        if (ttlMillis > 0) {
            near.put(key, new NearEntry(stamp, value, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ttlMillis)));
        }
    }

    /**
     * Reads every known scope's version from Redis. A refresh that overlapped an invalidation of this node's own is
     * dropped, since it may have read a version from before it; the next one comes a moment later.
     */
    private void refreshVersions() {
        try {
            long invalidationsBefore;
            synchronized (versionWrites) {
                invalidationsBefore = ownInvalidations;
            }
            List<String> scopes = new ArrayList<>(knownVersions.keySet());
            Map<String, String> read = new HashMap<>();
            for (int from = 0; from < scopes.size(); from += REFRESH_BATCH) {
                List<String> batch = scopes.subList(from, Math.min(scopes.size(), from + REFRESH_BATCH));
                List<String> values = redis.opsForValue().multiGet(batch.stream().map(keys::key).toList());
                if (values == null) {
                    return;
                }
                for (int i = 0; i < batch.size(); i++) {
                    read.put(batch.get(i), values.get(i));
                }
            }
            synchronized (versionWrites) {
                if (ownInvalidations != invalidationsBefore) {
                    return;
                }
                read.forEach((scope, version) -> {
                    if (version == null) {
                        knownVersions.remove(scope);
                    } else {
                        knownVersions.put(scope, version);
                    }
                });
            }
            refreshedAtNanos = System.nanoTime();
        } catch (DataAccessException e) {
            log.debug("Redis did not answer a refresh of the cache versions: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Refreshing the cache versions failed", e);
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
