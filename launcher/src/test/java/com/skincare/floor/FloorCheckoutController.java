package com.skincare.floor;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The floor checkout over HTTP, behind the same filters as {@code POST /api/v1/orders} (the caller's token is
 * checked the same way): the order's body in, its events appended, 201 out. And the same request answered without
 * any command, for what the web layer alone costs.
 */
@RestController
public class FloorCheckoutController {

    private final CommandGateway commands;

    public FloorCheckoutController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/benchmark/floor-echo")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> echo(@RequestBody JsonNode body, Principal caller) {
        return Map.of("success", true, "data", Map.of("id", caller == null ? "" : caller.getName(),
                "lines", body.path("items").size(), "status", "confirmed"));
    }

    @PostMapping("/benchmark/floor-orders")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> place(@RequestBody JsonNode body, Principal caller) {
        List<FloorCheckout.Line> lines = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            long product = item.path("product_id").asLong();
            lines.add(new FloorCheckout.Line(product, item.path("quantity").asInt(), "Product " + product,
                    "SKU-" + product, new BigDecimal("14.50")));
        }
        List<String> address = new ArrayList<>();
        body.path("shipping_address").fields().forEachRemaining(field -> address.add(field.getValue().asText()));
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new FloorCheckout.PlaceFloorOrderCommand(id,
                caller == null ? null : caller.getName(), lines, address, Instant.now()));
        return Map.of("success", true, "data", Map.of("id", id, "status", "confirmed"));
    }
}
