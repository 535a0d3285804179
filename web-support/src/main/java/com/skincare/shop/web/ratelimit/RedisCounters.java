package com.skincare.shop.web.ratelimit;

import com.skincare.shop.web.redis.RedisCalls;
import com.skincare.shop.web.redis.ShopRedisProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.util.List;

/**
 * {@link Counters} on Redis: {@code INCR}, and {@code PEXPIRE} when the key is new, in one script so that a node
 * dying between the two cannot leave a counter that never expires.
 */
public final class RedisCounters implements Counters {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, List.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> PEEK = RedisScript.of("""
            local count = redis.call('GET', KEYS[1])
            if not count then return {0, 0} end
            return {tonumber(count), math.max(redis.call('PTTL', KEYS[1]), 0)}
            """, List.class);

    private final StringRedisTemplate redis;
    private final ShopRedisProperties keys;

    public RedisCounters(StringRedisTemplate redis, ShopRedisProperties keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Count increment(String key, Duration window) {
        return count(RedisCalls.call("count a request", () -> redis.execute(INCREMENT, List.of(keys.key(key)),
                Long.toString(window.toMillis()))));
    }

    @Override
    public Count peek(String key) {
        return count(RedisCalls.call("read a counter", () -> redis.execute(PEEK, List.of(keys.key(key)))));
    }

    @Override
    public void reset(String key) {
        RedisCalls.run("reset a counter", () -> redis.delete(keys.key(key)));
    }

    private static Count count(List<?> answer) {
        if (answer == null || answer.size() < 2) {
            return Count.NONE;
        }
        return new Count(((Number) answer.get(0)).longValue(),
                Duration.ofMillis(((Number) answer.get(1)).longValue()));
    }
}
