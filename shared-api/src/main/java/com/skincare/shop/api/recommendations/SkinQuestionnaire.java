package com.skincare.shop.api.recommendations;

import com.skincare.shop.api.common.SkinType;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A skin questionnaire: four answers from 1 (never, not at all) to 5 (always, very), whether only the T-zone
 * (forehead, nose, chin) gets oily, the age range, and concerns the person names from {@link #CONCERNS}. No image
 * model exists here: the analysis is these answers, read by the rules of {@link #assess()}.
 *
 * @param oiliness    how oily the face is by midday
 * @param dryness     how tight or flaky it feels after washing
 * @param sensitivity how often products sting, itch or redden it
 * @param breakouts   how often pimples come
 */
public record SkinQuestionnaire(int oiliness, int dryness, int sensitivity, int breakouts, boolean tZoneOily,
                                AgeRange ageRange, List<String> concerns) {

    /** The concerns a questionnaire offers: the catalog's own words for them. */
    public static final List<String> CONCERNS = List.of("acne", "acne scars", "blackheads", "dark circles",
            "dark spots", "dehydration", "dryness", "dullness", "fine lines", "large pores", "oiliness", "puffiness",
            "redness", "sensitivity", "sun damage", "sunburn", "uneven skin tone", "uneven texture");

    public SkinQuestionnaire {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        for (int answer : new int[]{oiliness, dryness, sensitivity, breakouts}) {
            if (answer < 1 || answer > 5) {
                throw new IllegalArgumentException("answers are from 1 to 5");
            }
        }
        concerns.forEach(c -> {
            if (!CONCERNS.contains(c)) {
                throw new IllegalArgumentException("unknown concern: " + c);
            }
        });
    }

    /**
     * The skin type, by the first rule that holds: sensitivity 4 or more is {@code sensitive}; an oily T-zone only,
     * or oiliness and dryness both 3 or more, {@code combination}; oiliness 4 or more {@code oily}; dryness 4 or
     * more {@code dry}; else {@code normal}. The concerns are the named ones and those the answers show: breakouts
     * 3 or more "acne", oiliness 4 or more "oiliness", dryness 4 or more "dryness", sensitivity 3 or more
     * "sensitivity", 35 or older "fine lines"; sorted, each once.
     */
    public SkinAssessment assess() {
        SkinType type;
        if (sensitivity >= 4) {
            type = SkinType.SENSITIVE;
        } else if (tZoneOily || (oiliness >= 3 && dryness >= 3)) {
            type = SkinType.COMBINATION;
        } else if (oiliness >= 4) {
            type = SkinType.OILY;
        } else if (dryness >= 4) {
            type = SkinType.DRY;
        } else {
            type = SkinType.NORMAL;
        }
        TreeSet<String> found = new TreeSet<>(concerns);
        if (breakouts >= 3) {
            found.add("acne");
        }
        if (oiliness >= 4) {
            found.add("oiliness");
        }
        if (dryness >= 4) {
            found.add("dryness");
        }
        if (sensitivity >= 3) {
            found.add("sensitivity");
        }
        if (ageRange != null && ageRange.ageing()) {
            found.add("fine lines");
        }
        return new SkinAssessment(type, List.copyOf(found));
    }

    /** What the answers say: a documented {@code skin_type} value and concerns in the catalog's words. */
    public record SkinAssessment(SkinType skinType, List<String> concerns) {

        public SkinAssessment {
            Objects.requireNonNull(skinType, "skinType");
            concerns = List.copyOf(concerns);
        }
    }
}
