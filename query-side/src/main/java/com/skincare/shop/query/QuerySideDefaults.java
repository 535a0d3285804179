package com.skincare.shop.query;

import com.skincare.shop.eventstore.ModuleDefaults;

/** The query side's defaults ({@value #RESOURCE}): its readiness check. */
public class QuerySideDefaults extends ModuleDefaults {

    static final String RESOURCE = "query-side-defaults.properties";

    public QuerySideDefaults() {
        super(RESOURCE);
    }
}
