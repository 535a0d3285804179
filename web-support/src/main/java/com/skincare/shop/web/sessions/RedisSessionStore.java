package com.skincare.shop.web.sessions;

import com.skincare.shop.web.redis.RedisCalls;
import com.skincare.shop.web.redis.ShopRedisProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link SessionStore} on Redis. Keys: {@code session:{id}} (a hash: user_id, email, role, created_at,
 * last_activity, grants separated by spaces), {@code user_sessions:{user_id}} (the set of a user's session ids),
 * {@code refresh:{hash}} (a hash: session, state active|used) and {@code user_blocked:{user_id}}. Every change that touches more than one
 * key is a Lua script, so Redis runs it as one step and no two nodes interleave. The scripts name keys they
 * derive from stored values, which a single Redis (or a primary with replicas) allows and Redis Cluster would not.
 */
public final class RedisSessionStore implements SessionStore {

    private static final RedisScript<Long> OPEN = RedisScript.of("""
            if redis.call('EXISTS', KEYS[4]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'user_id', ARGV[1], 'email', ARGV[2], 'role', ARGV[3],
                       'created_at', ARGV[4], 'last_activity', ARGV[4], 'grants', ARGV[7])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('SADD', KEYS[2], ARGV[6])
            redis.call('PEXPIRE', KEYS[2], ARGV[5])
            redis.call('HSET', KEYS[3], 'session', ARGV[6], 'state', 'active')
            redis.call('PEXPIRE', KEYS[3], ARGV[5])
            return 1
            """, Long.class);

    /**
     * ARGV: lifetime ms, now ms, key prefix. Answers {outcome, session id, user id, email, role, created at,
     * grants}.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ROTATE = RedisScript.of("""
            local found = redis.call('HMGET', KEYS[1], 'session', 'state')
            local sid, state = found[1], found[2]
            if not sid then return {'unknown'} end
            local session = ARGV[3] .. 'session:' .. sid
            if state ~= 'active' then
              local uid = redis.call('HGET', session, 'user_id')
              redis.call('DEL', session)
              if uid then redis.call('SREM', ARGV[3] .. 'user_sessions:' .. uid, sid) end
              return {'reused'}
            end
            local fields = redis.call('HMGET', session, 'user_id', 'email', 'role', 'created_at', 'grants')
            if not fields[1] then return {'unknown'} end
            redis.call('HSET', KEYS[1], 'state', 'used')
            redis.call('HSET', KEYS[2], 'session', sid, 'state', 'active')
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            redis.call('HSET', session, 'last_activity', ARGV[2])
            redis.call('PEXPIRE', session, ARGV[1])
            redis.call('PEXPIRE', ARGV[3] .. 'user_sessions:' .. fields[1], ARGV[1])
            return {'rotated', sid, fields[1], fields[2] or '', fields[3], fields[4], fields[5] or ''}
            """, List.class);

    private static final RedisScript<Long> CLOSE = RedisScript.of("""
            local uid = redis.call('HGET', KEYS[1], 'user_id')
            redis.call('DEL', KEYS[1])
            if uid then redis.call('SREM', ARGV[1] .. 'user_sessions:' .. uid, ARGV[2]) end
            return 1
            """, Long.class);

    /** KEYS: the user's session set, the user's block flag; ARGV: block (1/0), key prefix. */
    private static final RedisScript<Long> CLOSE_ALL = RedisScript.of("""
            if ARGV[1] == '1' then redis.call('SET', KEYS[2], '1') end
            local sids = redis.call('SMEMBERS', KEYS[1])
            for _, sid in ipairs(sids) do redis.call('DEL', ARGV[2] .. 'session:' .. sid) end
            redis.call('DEL', KEYS[1])
            return #sids
            """, Long.class);

    private final StringRedisTemplate redis;
    private final ShopRedisProperties keys;

    public RedisSessionStore(StringRedisTemplate redis, ShopRedisProperties keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean open(Session session, String refreshTokenHash, Duration lifetime) {
        Long opened = RedisCalls.call("open a session", () -> redis.execute(OPEN,
                List.of(sessionKey(session.id()), userSessionsKey(session.userId()), refreshKey(refreshTokenHash),
                        blockedKey(session.userId())),
                session.userId(), session.email() == null ? "" : session.email(), session.role(),
                Long.toString(session.createdAt().toEpochMilli()), Long.toString(lifetime.toMillis()), session.id(),
                String.join(" ", new TreeSet<>(session.grants()))));
        return opened != null && opened == 1L;
    }

    @Override
    public boolean isOpen(String sessionId) {
        Boolean exists = RedisCalls.call("check a session", () -> redis.hasKey(sessionKey(sessionId)));
        return Boolean.TRUE.equals(exists);
    }

    @Override
    public Rotation rotate(String presentedTokenHash, String nextTokenHash, Duration lifetime, Instant now) {
        List<?> answer = RedisCalls.call("rotate a refresh token", () -> redis.execute(ROTATE,
                List.of(refreshKey(presentedTokenHash), refreshKey(nextTokenHash)),
                Long.toString(lifetime.toMillis()), Long.toString(now.toEpochMilli()), keys.keyPrefix()));
        String outcome = answer == null || answer.isEmpty() ? "unknown" : String.valueOf(answer.get(0));
        return switch (outcome) {
            case "rotated" -> Rotation.rotated(new Session(text(answer, 1), text(answer, 2),
                    text(answer, 3).isEmpty() ? null : text(answer, 3), text(answer, 4),
                    Instant.ofEpochMilli(Long.parseLong(text(answer, 5))), grants(answer)));
            case "reused" -> Rotation.reused();
            default -> Rotation.unknown();
        };
    }

    @Override
    public void close(String sessionId) {
        RedisCalls.run("close a session", () -> redis.execute(CLOSE, List.of(sessionKey(sessionId)),
                keys.keyPrefix(), sessionId));
    }

    @Override
    public void closeAll(String userId) {
        closeAll(userId, false);
    }

    @Override
    public void block(String userId) {
        closeAll(userId, true);
    }

    @Override
    public void unblock(String userId) {
        RedisCalls.run("unblock a user", () -> redis.delete(blockedKey(userId)));
    }

    private void closeAll(String userId, boolean block) {
        RedisCalls.run("close a user's sessions", () -> redis.execute(CLOSE_ALL,
                List.of(userSessionsKey(userId), blockedKey(userId)), block ? "1" : "0", keys.keyPrefix()));
    }

    /** Space-separated in the hash; a session opened before grants existed has none. */
    private static Set<String> grants(List<?> answer) {
        String grants = answer.size() > 6 ? text(answer, 6) : "";
        return grants.isBlank() ? Set.of() : Set.of(grants.strip().split(" "));
    }

    private static String text(List<?> answer, int index) {
        return String.valueOf(answer.get(index));
    }

    private String sessionKey(String sessionId) {
        return keys.key("session:" + sessionId);
    }

    private String userSessionsKey(String userId) {
        return keys.key("user_sessions:" + userId);
    }

    private String refreshKey(String tokenHash) {
        return keys.key("refresh:" + tokenHash);
    }

    private String blockedKey(String userId) {
        return keys.key("user_blocked:" + userId);
    }
}
