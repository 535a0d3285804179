package com.skincare.shop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.web.redis.ShopRedisProperties;
import com.skincare.shop.web.testapp.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real server on a random port and a plain HTTP client: error handling of filters and of the servlet
 * container ({@code /error}) only happens in a real container, not in MockMvc. All subclasses share one context.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTestBase {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private ShopRedisProperties redisKeys;

    /** Deletes the keys this run wrote to the shared Redis; set once a test has the context. */
    private static Runnable deleteRedisKeys;

    @BeforeEach
    void rememberHowToDeleteThisRunsRedisKeys() {
        StringRedisTemplate template = redis;
        String prefix = redisKeys.keyPrefix();
        deleteRedisKeys = () -> {
            List<String> keys = new ArrayList<>();
            try (var cursor = template.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())) {
                cursor.forEachRemaining(keys::add);
            }
            if (!keys.isEmpty()) {
                template.delete(keys);
            }
        };
    }

    /** After each class: the tests of the next one open sessions of their own. */
    @AfterAll
    static void deleteThisRunsRedisKeys() {
        if (deleteRedisKeys != null) {
            deleteRedisKeys.run();
        }
    }

    protected Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    protected Answer postJson(String path, String json, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(json),
                concat(headers, "Content-Type", "application/json"));
    }

    protected Answer send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request written byte by byte, for what no HTTP client would send. HTTP/1.0, so the answer is neither
     * chunked nor kept alive.
     *
     * @return the whole answer: status line, headers and body
     */
    protected String raw(String method, String rawPath, String... headerLines) {
        StringBuilder request = new StringBuilder(method + " " + rawPath + " HTTP/1.0\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    /** A response, its body both raw (to check what must not appear) and as JSON. */
    protected record Answer(int status, HttpResponse<String> response, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String code() {
            return json().path("error").path("code").asText(null);
        }

        /** The error details as "field: message" lines, in the order answered. */
        public List<String> details() {
            List<String> lines = new ArrayList<>();
            json().path("error").path("details")
                    .forEach(d -> lines.add(d.path("field").asText("null") + ": " + d.path("message").asText()));
            return lines;
        }
    }
}
