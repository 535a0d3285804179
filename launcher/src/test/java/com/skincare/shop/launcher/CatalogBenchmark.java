package com.skincare.shop.launcher;

import com.skincare.shop.api.catalog.FindProductsQuery;
import com.skincare.shop.api.catalog.ProductFilter;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.query.catalog.ProductListParameters;
import com.skincare.shop.query.catalog.ProductQueryHandler;
import com.skincare.shop.web.cache.ResponseCache;
import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog benchmark: 10,000 products created through the admin API, then, in one run, throughput and
 * latency of the product list uncached and cached, of a search, of the list's SQL run alone (the query handler
 * called in process, no HTTP) and of a trivial endpoint of the same app answering the same bytes as a cached
 * page. Not a test: it asserts only that it measured what it says, and prints and writes its figures
 * ({@code launcher/target/benchmark/catalog.md}). Run it with {@code scripts/benchmark-catalog.sh}.
 * <p>
 * Client and server share the machine, so every figure includes the client's own cost; the ratios between the
 * rows are what the goals are about (cached list at least half the trivial endpoint, uncached list at least 0.4
 * of its SQL alone).
 */
@Import(CatalogBenchmark.Trivial.class)
class CatalogBenchmark extends ShopIT {

    private static final int PRODUCTS = Integer.getInteger("benchmark.products", 10_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 4_000);
    private static final int LIMIT = 20;
    private static final List<String> KINDS = List.of("serum", "toner", "cleanser", "moisturizer", "sunscreen",
            "mask", "essence", "eye-cream");
    private static final List<String> SKIN_TYPES = List.of("dry", "oily", "combination", "sensitive", "normal", "all");
    private static final List<String> WORDS = List.of("Rice", "Moringa", "Jasmine", "Lotus", "Tamarind", "Kampot",
            "Coconut", "Turmeric", "Green Tea", "Mangosteen");
    private static final List<String> KHMER = List.of("អង្ករ", "ម្រុំ", "ម្លិះ", "ឈូក", "អម្ពិល", "កំពត", "ដូង",
            "រមៀត", "តែបៃតង", "មង្ឃុត");

    static final AtomicReference<byte[]> TRIVIAL_BODY = new AtomicReference<>(new byte[0]);

    /** The trivial endpoint: the same bytes as a cached list page, with nothing behind them. */
    @TestConfiguration
    static class Trivial {

        @Bean
        TrivialController trivialController() {
            return new TrivialController();
        }
    }

    @RestController
    static class TrivialController {

        @GetMapping(path = "/api/v1/benchmark/trivial", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<byte[]> trivial() {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TRIVIAL_BODY.get());
        }

        /** The same bytes after binding the list's parameters, to show what that part of a cached read costs. */
        @GetMapping(path = "/api/v1/benchmark/trivial-with-parameters", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<byte[]> trivialWithParameters(@ParameterObject ProductListParameters parameters) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TRIVIAL_BODY.get());
        }
    }

    @Autowired
    private ProductQueryHandler products;

    @Autowired
    private ResponseCache cache;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void catalogUnderLoad() throws Exception {
        long loadStarted = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        int pages = PRODUCTS / LIMIT;

        warmUp(pages);
        List<Row> rows = new ArrayList<>();

        // Every page once per pass, each pass after an invalidation: every read is a miss, and says so.
        List<Sample> passes = new ArrayList<>();
        for (int pass = 0; pass < Math.max(1, REQUESTS / pages); pass++) {
            cache.invalidate(List.of(CatalogCacheScopes.PRODUCTS));
            passes.add(sample(pages, i -> get("/api/v1/products?limit=" + LIMIT + "&page=" + (i + 1), "MISS")));
        }
        rows.add(Sample.merge(passes).row("GET /api/v1/products?page=N, uncached (every page, each a miss)"));
        rows.add(measure("the same list SQL alone (ProductQueryHandler, no HTTP)", passes.size() * pages, i -> {
            products.handle(new FindProductsQuery(ProductFilter.forShoppers(), null, null,
                    new PageRequest(i % pages + 1, LIMIT)));
            return 0;
        }));

        for (int page = 1; page <= 50; page++) {
            get("/api/v1/products?limit=" + LIMIT + "&page=" + page, null);
        }
        rows.add(measure("GET /api/v1/products?page=N, cached (pages 1-50)", REQUESTS,
                i -> get("/api/v1/products?limit=" + LIMIT + "&page=" + (i % 50 + 1), "HIT")));
        TRIVIAL_BODY.set(bytes("/api/v1/products?limit=" + LIMIT + "&page=1"));
        rows.add(measure("GET trivial endpoint, same bytes as a cached page", REQUESTS,
                i -> get("/api/v1/benchmark/trivial", null)));
        rows.add(measure("GET trivial endpoint binding the list's parameters (same bytes)", REQUESTS,
                i -> get("/api/v1/benchmark/trivial-with-parameters?limit=" + LIMIT + "&page=" + (i % 50 + 1), null)));

        rows.add(searches("GET /api/v1/products?search=<English word>, uncached", WORDS));
        rows.add(searches("GET /api/v1/products?search=<Khmer substring>, uncached", KHMER));

        report(rows, loadSeconds);
        assertThat(rows).allMatch(row -> row.requests() > 0);
    }

    /** Pages 1-10 of each term, every pass after an invalidation, so every read is a miss. */
    private Row searches(String name, List<String> terms) throws Exception {
        List<Sample> passes = new ArrayList<>();
        int perPass = terms.size() * 10;
        for (int pass = 0; pass < Math.max(1, REQUESTS / 4 / perPass); pass++) {
            cache.invalidate(List.of(CatalogCacheScopes.PRODUCTS));
            passes.add(sample(perPass, i -> get("/api/v1/products?limit=" + LIMIT + "&page=" + (i / terms.size() + 1)
                    + "&search=" + URLEncoder.encode(terms.get(i % terms.size()), StandardCharsets.UTF_8), "MISS")));
        }
        return Sample.merge(passes).row(name);
    }

    /** Creates the products through the admin API, a few at a time, and waits for the catalog to show them all. */
    private void load() throws Exception {
        Http admin = admin();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    if (admin.post("/api/v1/admin/products", product(n)).status() != 201) {
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures.get()).as("refused creates").isZero();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM products", Long.class) >= PRODUCTS);
        // As after any bulk import: the planner needs statistics of the new rows to pick the search indexes, and
        // this machine's PostgreSQL runs without autovacuum, which would gather them in time elsewhere.
        jdbc.execute("ANALYZE products, product_categories, product_images, categories, product_ratings");
    }

    private static Map<String, Object> product(int n) {
        String word = WORDS.get(n % WORDS.size());
        String kind = KINDS.get(n % KINDS.size());
        Map<String, Object> body = new HashMap<>();
        body.put("name_en", word + " " + kind.replace('-', ' ') + " no. " + n);
        body.put("name_kh", KHMER.get(n % KHMER.size()) + " ផលិតផលលេខ " + n);
        body.put("sku", "BENCH-" + n);
        body.put("description_en", "A " + kind + " with " + word.toLowerCase(Locale.ROOT) + " for everyday care.");
        body.put("description_kh", "ផលិតផលថែរក្សាស្បែកជាមួយ" + KHMER.get((n + 3) % KHMER.size()));
        body.put("price", 5 + (n % 60) + 0.5);
        body.put("stock", n % 50);
        body.put("category", kind);
        body.put("skin_type", SKIN_TYPES.get(n % SKIN_TYPES.size()));
        body.put("skin_concerns", List.of(n % 2 == 0 ? "dryness" : "acne"));
        return body;
    }

    private void warmUp(int pages) throws Exception {
        for (int i = 0; i < 300; i++) {
            get("/api/v1/products?limit=" + LIMIT + "&page=" + (i % pages + 1), null);
            get("/api/v1/benchmark/trivial", null);
            products.handle(new FindProductsQuery(ProductFilter.forShoppers(), null, null,
                    new PageRequest(i % pages + 1, LIMIT)));
        }
    }

    /** Sends a GET, checks its answer and, when given, that the cache answered as expected; returns its size. */
    private int get(String path, String expectedCache) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (expectedCache != null && !response.headers().firstValue("X-Cache").orElse("").equals(expectedCache)) {
                throw new IllegalStateException(path + " was not a cache " + expectedCache);
            }
            return response.body().length;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static Row measure(String name, int requests, IntFunction<Integer> call) throws Exception {
        return sample(requests, call).row(name);
    }

    /** The client threads, started once, so that no sample pays for starting them. */
    private static final ExecutorService CLIENT_POOL = Executors.newFixedThreadPool(CLIENTS);

    /** {@code requests} calls over {@link #CLIENTS} threads, each call timed on its own. */
    private static Sample sample(int requests, IntFunction<Integer> call) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            done.add(CLIENT_POOL.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long before = System.nanoTime();
                    call.apply(i);
                    nanos[i] = System.nanoTime() - before;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return new Sample(nanos, (System.nanoTime() - started) / 1e9);
    }

    private record Sample(long[] nanos, double seconds) {

        static Sample merge(List<Sample> samples) {
            long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s.nanos())).toArray();
            return new Sample(all, samples.stream().mapToDouble(Sample::seconds).sum());
        }

        Row row(String name) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Row(name, n, n / seconds, sorted[n / 2] / 1e6,
                    sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6);
        }
    }

    private record Row(String name, int requests, double perSecond, double p50Millis, double p99Millis) {
    }

    private static void report(List<Row> rows, double loadSeconds) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Catalog benchmark: ").append(PRODUCTS).append(" products (created in ")
                .append(String.format(Locale.ROOT, "%.1f", loadSeconds)).append(" s through the admin API), ")
                .append(CLIENTS).append(" client threads, ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared by client and server\n\n");
        out.append("| what | requests | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f |%n", row.name(), row.requests(),
                    row.perSecond(), row.p50Millis(), row.p99Millis()));
        }
        Row uncached = rows.get(0);
        Row sql = rows.get(1);
        Row cached = rows.get(2);
        Row trivial = rows.get(3);
        out.append(String.format(Locale.ROOT, "%ncached list / trivial endpoint: %.2f (goal >= 0.5)%n",
                cached.perSecond() / trivial.perSecond()));
        out.append(String.format(Locale.ROOT, "uncached list / its SQL alone: %.2f (goal >= 0.4)%n",
                uncached.perSecond() / sql.perSecond()));
        System.out.println(out);
        Path file = Path.of("target", "benchmark", "catalog.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
