package com.skincare.shop.web.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link SessionStore} in this process, for the embedded default where one JVM is the whole shop. One lock
 * around every operation gives the atomicity the Redis store gets from Lua. Expired entries are dropped when
 * met; a session is small and the map is swept on every open.
 */
public final class InMemorySessionStore implements SessionStore {

    private record Entry<T>(T value, Instant expiresAt) {
    }

    private record RefreshToken(String sessionId, boolean used) {
    }

    private final Clock clock;
    private final Map<String, Entry<Session>> sessions = new HashMap<>();
    private final Map<String, Entry<RefreshToken>> refreshTokens = new HashMap<>();
    private final Set<String> blocked = new HashSet<>();

    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean open(Session session, String refreshTokenHash, Duration lifetime) {
        sweep();
        if (blocked.contains(session.userId())) {
            return false;
        }
        Instant expiresAt = clock.instant().plus(lifetime);
        sessions.put(session.id(), new Entry<>(session, expiresAt));
        refreshTokens.put(refreshTokenHash, new Entry<>(new RefreshToken(session.id(), false), expiresAt));
        return true;
    }

    @Override
    public synchronized boolean isOpen(String sessionId) {
        return live(sessions, sessionId) != null;
    }

    @Override
    public synchronized Rotation rotate(String presentedTokenHash, String nextTokenHash, Duration lifetime,
                                        Instant now) {
        RefreshToken token = live(refreshTokens, presentedTokenHash);
        if (token == null) {
            return Rotation.unknown();
        }
        if (token.used()) {
            sessions.remove(token.sessionId());
            return Rotation.reused();
        }
        Session session = live(sessions, token.sessionId());
        if (session == null) {
            return Rotation.unknown();
        }
        Instant expiresAt = clock.instant().plus(lifetime);
        Entry<RefreshToken> presented = refreshTokens.get(presentedTokenHash);
        refreshTokens.put(presentedTokenHash, new Entry<>(new RefreshToken(token.sessionId(), true),
                presented.expiresAt()));
        refreshTokens.put(nextTokenHash, new Entry<>(new RefreshToken(token.sessionId(), false), expiresAt));
        sessions.put(session.id(), new Entry<>(session, expiresAt));
        return Rotation.rotated(session);
    }

    @Override
    public synchronized void close(String sessionId) {
        sessions.remove(sessionId);
    }

    @Override
    public synchronized void closeAll(String userId) {
        sessions.values().removeIf(entry -> entry.value().userId().equals(userId));
    }

    @Override
    public synchronized void block(String userId) {
        blocked.add(userId);
        closeAll(userId);
    }

    @Override
    public synchronized void unblock(String userId) {
        blocked.remove(userId);
    }

    private <T> T live(Map<String, Entry<T>> map, String key) {
        Entry<T> entry = map.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            map.remove(key);
            return null;
        }
        return entry.value();
    }

    private void sweep() {
        Instant now = clock.instant();
        sessions.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        refreshTokens.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    }
}
