package com.skincare.shop.loadtest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's HTTP API as the simulation's set-up and the invariant check use it, outside Gatling's measured
 * requests: an admin session, JSON in and out, the envelope's {@code data}.
 */
final class ShopApi {

    /** Money read as decimals as written, never through a double nor with its zeros stripped. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    private ShopApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static ShopApi signInAsAdmin(String baseUrl, String email, String password) {
        ShopApi anonymous = new ShopApi(baseUrl, null);
        Answer answer = anonymous.send("POST", "/api/v1/admin/login",
                JSON.createObjectNode().put("email", email).put("password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("the admin sign-in at " + baseUrl + " answered " + answer);
        }
        return new ShopApi(baseUrl, answer.data().path("access_token").asText());
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    /** Every row of a paged list, 100 a page. */
    List<JsonNode> all(String path) {
        List<JsonNode> rows = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            Answer answer = get(path + separator + "limit=100&page=" + page);
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer);
            }
            answer.data().path("data").forEach(rows::add);
            if (!answer.data().path("has_next_page").asBoolean()) {
                return rows;
            }
        }
    }

    private Answer send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    record Answer(int status, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
