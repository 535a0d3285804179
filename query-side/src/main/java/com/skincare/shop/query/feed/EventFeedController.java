package com.skincare.shop.query.feed;

import com.skincare.shop.api.feed.FeedPageView;
import com.skincare.shop.api.feed.FindFeedEventsQuery;
import com.skincare.shop.query.QueryAnswers;
import com.skincare.shop.query.RequestParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.regex.Pattern;

/**
 * The event feed for consumers outside the shop (admin or the {@code analytics} role): every stored event in
 * order, as pages by position or as Server-Sent Events.
 */
@RestController
@RequestMapping("/api/v1/admin/events")
public class EventFeedController {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final Pattern POSITION = Pattern.compile("\\d{1,19}");

    private final QueryGateway queryGateway;
    private final FeedStreams streams;

    public EventFeedController(QueryGateway queryGateway, FeedStreams streams) {
        this.queryGateway = queryGateway;
        this.streams = streams;
    }

    @GetMapping
    public ApiResponse<FeedPageView> page(@RequestParam(required = false) String after,
                                          @RequestParam(required = false) String limit) {
        FindFeedEventsQuery query = new FindFeedEventsQuery(position("after", after),
                RequestParameters.limit("limit", limit, FindFeedEventsQuery.MAX_LIMIT, FindFeedEventsQuery.DEFAULT_LIMIT));
        return ApiResponse.ok("Events retrieved", QueryAnswers.await(queryGateway.query(query, FeedPageView.class)));
    }

    /** A reconnecting client's {@code Last-Event-ID} wins over {@code after}, which stays in its URL. */
    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String after,
                             @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId) {
        long from = RequestParameters.given(lastEventId) ? position(LAST_EVENT_ID, lastEventId) : position("after", after);
        return streams.open(from);
    }

    private static long position(String name, String raw) {
        if (!RequestParameters.given(raw)) {
            return 0L;
        }
        try {
            if (POSITION.matcher(raw.strip()).matches()) {
                return Long.parseLong(raw.strip());
            }
        } catch (NumberFormatException pastLongRange) {
            // a position no event store reaches; refused below like any other bad value
        }
        throw RequestParameters.invalid(name, "must be a whole number of at least 0");
    }
}
