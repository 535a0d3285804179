package com.skincare.shop.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantsTest {

    private static JsonNode json(String text) throws Exception {
        return ShopApi.JSON.readTree(text.replace('\'', '"'));
    }

    private static JsonNode order(long id, String status, String lines, String subtotal, String discount,
                                  String total) throws Exception {
        return json("{'id':" + id + ",'status':'" + status + "','subtotal':" + subtotal + ",'tax_amount':0.00,"
                + "'shipping_amount':2.50,'discount_amount':" + discount + ",'total':" + total + ",'items':[" + lines
                + "]}");
    }

    @Test
    void aNegativeStockBreaksTheStockInvariantUnlessTheProductTakesBackorders() throws Exception {
        List<JsonNode> inventory = List.of(
                json("{'product_id':1,'stock':0,'allow_backorders':false}"),
                json("{'product_id':2,'stock':-1,'allow_backorders':false}"),
                json("{'product_id':3,'stock':-4,'allow_backorders':true}"));

        assertThat(Invariants.negativeStock(inventory)).containsExactly("product 2 has stock -1");
    }

    @Test
    void stockLeftIsTheInitialStockLessWhatConfirmedOrdersTook() throws Exception {
        JsonNode confirmed = order(1, "confirmed",
                "{'product_id':7,'quantity':2,'unit_price':10.00,'total_price':20.00}", "20.00", "0", "22.50");
        JsonNode rejected = order(2, "cancelled",
                "{'product_id':7,'quantity':5,'unit_price':10.00,'total_price':50.00}", "50.00", "0", "52.50");
        Map<Long, Integer> initial = Map.of(7L, 10, 8L, 10);

        assertThat(Invariants.stockConservation(initial, List.of(
                json("{'product_id':7,'stock':8}"), json("{'product_id':8,'stock':10}")), List.of(confirmed, rejected)))
                .isEmpty();
        assertThat(Invariants.stockConservation(initial, List.of(
                json("{'product_id':7,'stock':3}")), List.of(confirmed, rejected)))
                .containsExactly("product 7 has stock 3, expected 10 - 2 sold = 8",
                        "product 8 is missing from the inventory");
    }

    @Test
    void aCouponUsedBeyondItsLimitOrTwiceByOneCustomerBreaksTheCouponInvariant() throws Exception {
        JsonNode coupon = json("{'code':'LT1','usage_limit':2,'used_count':3,'usage_limit_per_user':1}");
        List<JsonNode> usage = List.of(
                json("{'user_id':5,'order_id':1,'discount_amount':1.00}"),
                json("{'user_id':5,'order_id':2,'discount_amount':1.00}"),
                json("{'user_id':6,'order_id':3,'discount_amount':1.00}"));
        Map<Long, JsonNode> orders = Map.of(
                1L, json("{'status':'confirmed','discount_amount':1.00}"),
                2L, json("{'status':'confirmed','discount_amount':1.00}"),
                3L, json("{'status':'cancelled','discount_amount':1.00}"));

        assertThat(Invariants.couponLimits(coupon, usage, orders)).containsExactlyInAnyOrder(
                "LT1 used 3 times, limit 2",
                "LT1 is redeemed by order 3, which is cancelled",
                "LT1 used 2 times by user 5, limit per user 1",
                "LT1's redemptions gave 3.00 off, their orders 2.00");
    }

    @Test
    void aCouponWithinItsLimitsHolds() throws Exception {
        JsonNode coupon = json("{'code':'LT1','usage_limit':2,'used_count':1,'usage_limit_per_user':1}");
        List<JsonNode> usage = List.of(json("{'user_id':5,'order_id':1,'discount_amount':1.25}"));

        assertThat(Invariants.couponLimits(coupon, usage,
                Map.of(1L, json("{'status':'confirmed','discount_amount':1.25}")))).isEmpty();
    }

    @Test
    void everyOrderAnswered2xxMustBeReadAndDecided() throws Exception {
        List<RunData.PlacedOrder> placed = List.of(new RunData.PlacedOrder(1, 201, "confirmed"),
                new RunData.PlacedOrder(2, 202, "pending"), new RunData.PlacedOrder(3, 201, "confirmed"),
                new RunData.PlacedOrder(4, 202, "pending"));
        Map<Long, JsonNode> read = Map.of(1L, json("{'status':'confirmed'}"), 2L, json("{'status':'pending'}"),
                3L, json("{'status':'cancelled'}"), 4L, json("{'status':'confirmed'}"));

        assertThat(Invariants.answeredOrders(placed, read)).containsExactly("order 2 is still pending",
                "order 3 was answered confirmed but reads cancelled");
        assertThat(Invariants.answeredOrders(List.of(new RunData.PlacedOrder(9, 201, "confirmed")), read))
                .containsExactly("order 9 (answered 201) is not readable");
    }

    @Test
    void anOrderWhosePartsDoNotAddUpBreaksTheTotalsInvariant() throws Exception {
        String lines = "{'product_id':7,'quantity':2,'unit_price':10.50,'total_price':21.00},"
                + "{'product_id':8,'quantity':1,'unit_price':4.00,'total_price':4.50}";

        assertThat(Invariants.orderArithmetic(order(1, "confirmed", lines, "25.50", "2.55", "25.45"))).containsExactly(
                "order 1 line 8 is 4.50, price x quantity 4.00");
        assertThat(Invariants.orderArithmetic(order(2, "confirmed", lines, "25.00", "0.00", "30.00"))).containsExactly(
                "order 2 totals 30.00, its parts 27.50",
                "order 2 line 8 is 4.50, price x quantity 4.00",
                "order 2 subtotal 25.00, its lines 25.50");
    }
}
