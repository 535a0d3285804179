package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.TrackPurchaseCommand;
import com.skincare.shop.api.analytics.TrackSearchCommand;
import com.skincare.shop.api.analytics.TrackVisitorEventCommand;
import com.skincare.shop.api.analytics.TrackedEventData;
import com.skincare.shop.api.analytics.VisitorEventType;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ML service's tracking writes, guests' and signed-in visitors' alike. The user is the token's, never a
 * value of the body; the time is the server's clock when the request came in.
 */
@RestController
public class TrackingController {

    private final CommandGateway commands;
    private final Clock clock;

    public TrackingController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/ml/v1/analytics/track-event")
    public ResponseEntity<ApiResponse<Map<String, Object>>> trackEvent(
            @Valid @RequestBody TrackEventRequest request,
            HttpServletRequest http) {
        VisitorEventType type = TrackingRequests.eventType(request.eventType());
        TrackEventRequest.EventDataRequest data = request.eventData();
        TrackedEventData eventData = new TrackedEventData(data.productId(), data.category(), data.pageUrl(),
                TrackingRequests.metadata(data.metadata()));
        Instant now = clock.instant();
        String eventId = commands.sendAndWait(new TrackVisitorEventCommand(request.sessionId(), signedInUser(), type,
                eventData, data.timestamp(), DeviceInfoRequest.of(request.deviceInfo(), http.getRemoteAddr()), now));
        return recorded("Event tracked", eventId, request.sessionId(), now);
    }

    @PostMapping("/ml/v1/analytics/track-purchase")
    public ResponseEntity<ApiResponse<Map<String, Object>>> trackPurchase(
            @Valid @RequestBody TrackPurchaseRequest request,
            HttpServletRequest http) {
        Instant now = clock.instant();
        String eventId = commands.sendAndWait(new TrackPurchaseCommand(request.sessionId(), signedInUser(),
                request.orderId(), request.purchasedItems(), request.totalAmount(),
                DeviceInfoRequest.of(request.deviceInfo(), http.getRemoteAddr()), now));
        return recorded("Purchase tracked", eventId, request.sessionId(), now);
    }

    @PostMapping("/ml/v1/search/track-query")
    public ResponseEntity<ApiResponse<Map<String, Object>>> trackQuery(
            @Valid @RequestBody TrackQueryRequest request,
            HttpServletRequest http) {
        if (request.filtersApplied() != null) {
            TrackingRequests.skinType(request.filtersApplied().skinType());
            TrackingRequests.priceRange(request.filtersApplied().priceRange());
        }
        Instant now = clock.instant();
        List<Long> clicked = request.clickedProducts() == null ? List.of() : request.clickedProducts();
        String eventId = commands.sendAndWait(new TrackSearchCommand(request.sessionId(), signedInUser(),
                request.searchQuery().strip(), request.filters(), request.resultsCount(), clicked,
                DeviceInfoRequest.of(request.deviceInfo(), http.getRemoteAddr()), now));
        return recorded("Search tracked", eventId, request.sessionId(), now);
    }

    /**
     * Guests track too, so the caller is optional here: read from the security context, since
     * {@code @AuthenticationPrincipal} marks the endpoints that act for a signed-in caller only.
     */
    private static Long signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                ? user.userId() : null;
    }

    private static ResponseEntity<ApiResponse<Map<String, Object>>> recorded(String message, String eventId,
                                                                           String sessionId, Instant at) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiResponse.ok(message,
                Map.of("event_id", eventId, "session_id", sessionId, "recorded_at", at)));
    }
}
