package com.skincare.shop.api.recommendations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.skincare.shop.api.common.UserId;

/** A user's skin analyses, known by the user's id; as an aggregate identifier it reads "skin-analyses-7". */
public record SkinAnalysesId(@JsonValue long value) {

    @JsonCreator
    public static SkinAnalysesId of(long value) {
        return new SkinAnalysesId(value);
    }

    public static SkinAnalysesId of(UserId owner) {
        return new SkinAnalysesId(owner.value());
    }

    @Override
    public String toString() {
        return "skin-analyses-" + value;
    }
}
