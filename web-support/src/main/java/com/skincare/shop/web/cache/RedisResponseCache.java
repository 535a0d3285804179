package com.skincare.shop.web.cache;

import com.skincare.shop.web.redis.ShopRedisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@link ResponseCache} on Redis, shared by every query node. A scope's version is a random token in its own key;
 * an entry is {@code <versions>\n<value>}. Reading the versions and the entry is one script, one round trip; so
 * is storing, which checks the versions again first.
 * <p>
 * A scope without a version (a fresh Redis, an evicted key) gets a new random one, never a guessable first value,
 * so an entry left from before can never match by chance. Reads fail open: with Redis down the answer is computed
 * and not cached. An invalidation that fails is kept and retried, and until it went through this node serves
 * nothing from the cache.
 */
public final class RedisResponseCache implements ResponseCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisResponseCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** KEYS[1] the entry, KEYS[2..] the scopes; ARGV[1] a version for scopes that have none. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LOOKUP = RedisScript.of("""
            local versions = {}
            for i = 2, #KEYS do
              local version = redis.call('GET', KEYS[i])
              if not version then
                redis.call('SET', KEYS[i], ARGV[1])
                version = ARGV[1]
              end
              versions[#versions + 1] = version
            end
            local stamp = table.concat(versions, ',')
            local entry = redis.call('GET', KEYS[1])
            if entry then
              local cut = string.find(entry, '\\n', 1, true)
              if cut and string.sub(entry, 1, cut - 1) == stamp then
                return {stamp, string.sub(entry, cut + 1)}
              end
            end
            return {stamp}
            """, List.class);

    /** KEYS as for LOOKUP; ARGV[1] the stamp looked up, ARGV[2] the value, ARGV[3] the lifetime in ms. */
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
            List<?> answer = redis.execute(LOOKUP, redisKeys(key, scopes), newVersion());
            if (answer == null || answer.isEmpty()) {
                return Lookup.unavailable(key, scopes);
            }
            return new Lookup(key, scopes, (String) answer.get(0), answer.size() > 1 ? (String) answer.get(1) : null);
        } catch (DataAccessException e) {
            log.warn("Redis did not answer a cache lookup; answering without the cache: {}", e.getMessage());
            return Lookup.unavailable(key, scopes);
        }
    }

    @Override
    public void store(Lookup lookup, String value, Duration ttl) {
        if (!lookup.usable()) {
            return;
        }
        try {
            redis.execute(STORE, redisKeys(lookup.key(), lookup.scopes()), lookup.stamp(), value,
                    Long.toString(ttl.toMillis()));
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
            java.util.Map<String, String> versions = new java.util.LinkedHashMap<>();
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
