package com.skincare.shop.query;

import com.skincare.shop.web.cache.ResponseCache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Invalidates cache scopes once the events that changed them are committed to the read tables. Before the commit
 * would be too early: a read in between would cache the old rows under the new versions. A batch of events
 * collects its scopes and sends them once, after the batch's transaction.
 */
public final class CacheInvalidations {

    private final ResponseCache cache;
    private final String resourceKey;

    public CacheInvalidations(ResponseCache cache, String name) {
        this.cache = cache;
        this.resourceKey = CacheInvalidations.class.getName() + "." + name;
    }

    public void afterCommit(List<String> scopes) {
        if (!CurrentUnitOfWork.isStarted()) {
            cache.invalidate(scopes);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<String> pending = root.getOrComputeResource(resourceKey, key -> {
            Set<String> collected = new LinkedHashSet<>();
            root.afterCommit(unitOfWork -> cache.invalidate(collected));
            return collected;
        });
        pending.addAll(scopes);
    }

    /** For a reset: the tables are about to be emptied, so nothing cached from them may be served any more. */
    public void now(List<String> scopes) {
        cache.invalidate(scopes);
    }
}
