package com.skincare.shop.query.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one node does with the segments of its processors, given every processor's segments, the ones it holds and
 * how many nodes are alive. Its share is the total divided by the live nodes, rounded up, so the shares together
 * always cover every segment. A node above its share lets go of the excess: first the second and later segments it
 * holds of one processor (so a processor of several segments is spread too), then by processor name. A node at or
 * above its share holds off the segments it does not hold, so that what another lets go of goes to a node below
 * its share instead of bouncing between full ones.
 */
record FairShare(int share, int held, List<SegmentOf> release, List<SegmentOf> holdOff) {

    /** One segment of one processor. */
    record SegmentOf(String processor, int segment) {
    }

    /**
     * @param segments   every segment of each processor, as its token store lists them
     * @param held       the segments this node holds, by processor
     * @param liveNodes  the nodes alive, this one included
     */
    static FairShare of(Map<String, int[]> segments, Map<String, Set<Integer>> held, int liveNodes) {
        int total = segments.values().stream().mapToInt(s -> s.length).sum();
        int share = (total + Math.max(1, liveNodes) - 1) / Math.max(1, liveNodes);
        // A segment's rank is how many of its processor's segments the node holds below it: the second segment of
        // a processor goes before any first one.
        Map<SegmentOf, Integer> rank = new HashMap<>();
        held.forEach((processor, ids) -> {
            List<Integer> sorted = ids.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                rank.put(new SegmentOf(processor, sorted.get(i)), i);
            }
        });
        List<SegmentOf> mine = new ArrayList<>(rank.keySet());
        mine.sort(Comparator.<SegmentOf>comparingInt(rank::get).reversed()
                .thenComparing(SegmentOf::processor)
                .thenComparing(SegmentOf::segment));
        List<SegmentOf> release = List.copyOf(mine.subList(0, Math.max(0, mine.size() - share)));
        List<SegmentOf> holdOff = new ArrayList<>();
        if (mine.size() >= share) {
            segments.forEach((processor, ids) -> {
                for (int id : ids) {
                    if (!held.getOrDefault(processor, Set.of()).contains(id)) {
                        holdOff.add(new SegmentOf(processor, id));
                    }
                }
            });
        }
        return new FairShare(share, mine.size(), release, List.copyOf(holdOff));
    }
}
