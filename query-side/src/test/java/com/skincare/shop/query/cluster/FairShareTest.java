package com.skincare.shop.query.cluster;

import com.skincare.shop.query.cluster.FairShare.SegmentOf;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareTest {

    /** The query side's processors: eight of one segment and the stock history's two. */
    private static final Map<String, int[]> SEGMENTS = new LinkedHashMap<>();

    static {
        for (String single : List.of("catalog", "customers", "coupons", "user-analytics", "search-analytics",
                "performance-metrics", "recommendations")) {
            SEGMENTS.put(single, new int[]{0});
        }
        SEGMENTS.put("inventory", new int[]{0, 1});
    }

    @Test
    void aNodeAloneKeepsEverything() {
        FairShare plan = FairShare.of(SEGMENTS, all(), 1);

        assertThat(plan.share()).isEqualTo(9);
        assertThat(plan.release()).isEmpty();
        assertThat(plan.holdOff()).isEmpty();
    }

    @Test
    void theFirstNodeLetsGoOfAllButItsShareWhenTwoMoreJoin() {
        FairShare plan = FairShare.of(SEGMENTS, all(), 3);

        assertThat(plan.share()).isEqualTo(3);
        assertThat(plan.release()).hasSize(6);
        assertThat(plan.release().get(0)).as("a processor of two segments is split first")
                .isEqualTo(new SegmentOf("inventory", 1));
        assertThat(plan.release()).doesNotHaveDuplicates();
    }

    @Test
    void aNodeBelowItsShareReleasesNothingAndHoldsNothingOff() {
        FairShare plan = FairShare.of(SEGMENTS, Map.of("catalog", Set.of(0)), 3);

        assertThat(plan.release()).isEmpty();
        assertThat(plan.holdOff()).isEmpty();
    }

    @Test
    void aFullNodeHoldsOffWhatItDoesNotHoldSoAnotherTakesIt() {
        Map<String, Set<Integer>> held = Map.of("catalog", Set.of(0), "customers", Set.of(0), "inventory", Set.of(0));

        FairShare plan = FairShare.of(SEGMENTS, held, 3);

        assertThat(plan.release()).isEmpty();
        assertThat(plan.holdOff()).hasSize(6)
                .contains(new SegmentOf("inventory", 1))
                .doesNotContain(new SegmentOf("catalog", 0));
    }

    @Test
    void whenANodeDiesTheSurvivorsSharesCoverItsSegments() {
        FairShare plan = FairShare.of(SEGMENTS, Map.of("catalog", Set.of(0), "customers", Set.of(0),
                "inventory", Set.of(0)), 2);

        assertThat(plan.share()).isEqualTo(5);
        assertThat(plan.holdOff()).as("below its share: free to claim the dead node's").isEmpty();
    }

    @Test
    void sharesOfEveryNodeTogetherCoverEverySegment() {
        for (int live = 1; live <= 12; live++) {
            FairShare plan = FairShare.of(SEGMENTS, Map.of(), live);
            assertThat(plan.share() * live).as("%d nodes", live).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void releasingStopsAtTheShareExactly() {
        Map<String, Set<Integer>> held = new HashMap<>();
        held.put("catalog", new HashSet<>(Set.of(0)));
        held.put("customers", new HashSet<>(Set.of(0)));
        held.put("coupons", new HashSet<>(Set.of(0)));
        held.put("inventory", new HashSet<>(Set.of(0, 1)));

        FairShare plan = FairShare.of(SEGMENTS, held, 3);

        assertThat(plan.held()).isEqualTo(5);
        assertThat(new ArrayList<>(plan.release())).containsExactly(new SegmentOf("inventory", 1),
                new SegmentOf("catalog", 0));
    }

    private static Map<String, Set<Integer>> all() {
        Map<String, Set<Integer>> held = new HashMap<>();
        SEGMENTS.forEach((processor, ids) -> {
            Set<Integer> set = new HashSet<>();
            for (int id : ids) {
                set.add(id);
            }
            held.put(processor, set);
        });
        return held;
    }
}
