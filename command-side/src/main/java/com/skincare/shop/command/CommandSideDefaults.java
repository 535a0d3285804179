package com.skincare.shop.command;

import com.skincare.shop.eventstore.ModuleDefaults;

/** The command side's defaults ({@value #RESOURCE}): the seed's mail variables, identity's lifetimes and limits. */
public class CommandSideDefaults extends ModuleDefaults {

    static final String RESOURCE = "command-side-defaults.properties";

    public CommandSideDefaults() {
        super(RESOURCE);
    }
}
