package com.skincare.shop.query;

/**
 * Told when a projection's live tables were replaced by a rebuilt copy, so what it keeps from them (a cache of
 * answers) is dropped: the copy fed no cache, and the switch wrote the tables outside the projection's
 * processor.
 */
public interface ProjectionSwitchListener {

    /** The processing group whose tables this listener follows. */
    String processingGroup();

    void projectionSwitched();
}
