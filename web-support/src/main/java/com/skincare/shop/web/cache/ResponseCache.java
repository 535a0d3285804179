package com.skincare.shop.web.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Cached answers that are never served stale. Every entry depends on scopes (say "all product lists" and "this
 * product"); each scope has a version, and an entry is stored with the versions it was computed under. An
 * update invalidates its scopes by giving them new versions, so every entry computed before it stops matching at
 * once, on every node sharing the cache, without finding and deleting those entries.
 * <p>
 * The versions are read before the answer is computed, and the answer is stored only if they have not moved
 * since: an answer computed from the old rows while an update was being committed is dropped, not kept for the
 * rest of its lifetime.
 */
public interface ResponseCache {

    /** The entry under {@code key} if it matches its scopes' current versions, and those versions. */
    Lookup lookup(String key, List<String> scopes);

    /** Keeps {@code value} (UTF-8 JSON) for {@code ttl}, unless the lookup's scopes changed since. */
    void store(Lookup lookup, byte[] value, Duration ttl);

    /** New versions for these scopes: whatever was cached under them is never served again. */
    void invalidate(Collection<String> scopes);

    /**
     * @param stamp the scopes' versions when looked up; null when the cache could not be asked, in which case
     *              nothing is served from it or stored in it
     * @param value the entry, or null on a miss
     */
    record Lookup(String key, List<String> scopes, String stamp, byte[] value) {

        public boolean hit() {
            return value != null;
        }

        public boolean usable() {
            return stamp != null;
        }

        public static Lookup unavailable(String key, List<String> scopes) {
            return new Lookup(key, scopes, null, null);
        }
    }
}
