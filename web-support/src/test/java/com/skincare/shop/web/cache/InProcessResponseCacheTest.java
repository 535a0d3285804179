package com.skincare.shop.web.cache;

class InProcessResponseCacheTest extends ResponseCacheContract {

    private final InProcessResponseCache cache = new InProcessResponseCache();

    @Override
    ResponseCache cache() {
        return cache;
    }
}
