package com.skincare.shop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine or cluster runs here, so the deployment files are checked by reading them: a renamed Service,
 * a dropped probe or a route sending a write to a read node fails this test instead of a deployment.
 */
class DeploymentFilesTest {

    private static final String COMMAND = "command-side";
    private static final String QUERY = "query-side";

    /** The routing the README's "deployed shape" asks of a gateway: method, path, the side that must answer. */
    private static final List<List<String>> ROUTES = List.of(
            List.of("GET", "/api/v1/products", QUERY),
            List.of("HEAD", "/api/v1/products", QUERY),
            List.of("POST", "/api/v1/products", COMMAND),
            List.of("PUT", "/api/v1/admin/products/p1", COMMAND),
            List.of("PATCH", "/api/v1/user/profile", COMMAND),
            List.of("DELETE", "/api/v1/cart/items/p1", COMMAND),
            List.of("POST", "/api/v1/admin/projections/catalog/replay", QUERY),
            List.of("GET", "/api/v1/admin/projections", QUERY),
            List.of("GET", "/api/v1/admin/dev/mailbox", COMMAND),
            List.of("GET", "/api/v1/admin/events/stream", QUERY),
            List.of("GET", "/api/v1/admin/events", QUERY),
            List.of("POST", "/api/v1/coupons/validate", QUERY),
            List.of("POST", "/api/v1/coupons", COMMAND),
            List.of("POST", "/ml/v1/search/products", QUERY),
            List.of("POST", "/ml/v1/search/track-query", COMMAND),
            List.of("POST", "/ml/v1/recommendations/skin-based", QUERY),
            List.of("POST", "/ml/v1/recommendations/user/u-42/generate", QUERY),
            List.of("GET", "/ml/v1/recommendations/user/u-42", QUERY),
            List.of("POST", "/ml/v1/analytics/track-event", COMMAND),
            List.of("POST", "/api/v1/auth/login", COMMAND));

    private static Path root;
    private static List<Map<String, Object>> manifests;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = Objects.requireNonNull(root.getParent(), "docker-compose.yml above the working directory");
        }
        manifests = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        manifests.add(map(document));
                    }
                }
            }
        }
        compose = map(new Yaml().load(Files.readString(root.resolve("docker-compose.yml"))));
    }

    @Test
    void everyKubernetesContainerHasProbesAndResourceRequestsAndLimits() {
        assertThat(workloads()).extracting(DeploymentFilesTest::name)
                .containsExactlyInAnyOrder("postgres", "mongo", "redis", COMMAND, QUERY);
        for (Map<String, Object> workload : workloads()) {
            for (Map<String, Object> container : containers(workload)) {
                String where = name(workload) + "/" + container.get("name");
                assertThat(container).as(where).containsKeys("readinessProbe", "livenessProbe");
                Map<String, Object> resources = map(container.get("resources"));
                for (String bound : List.of("requests", "limits")) {
                    assertThat(map(resources.get(bound))).as(where + " " + bound).containsKeys("cpu", "memory");
                }
            }
        }
    }

    @Test
    void theSidesProbeTheHealthGroupsTheConfigMapSwitchesOnOnTheirOwnPort() {
        assertThat(map(only("ConfigMap", "shop-config").get("data")))
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        for (String side : List.of(COMMAND, QUERY)) {
            Map<String, Object> container = containers(only("Deployment", side)).get(0);
            Set<Object> ports = containerPorts(container);
            assertThat(httpGet(container, "livenessProbe")).containsEntry("path", "/actuator/health/liveness");
            assertThat(httpGet(container, "readinessProbe")).containsEntry("path", "/actuator/health/readiness");
            assertThat(ports).contains(httpGet(container, "livenessProbe").get("port"),
                    httpGet(container, "readinessProbe").get("port"));
        }
    }

    @Test
    void everyServiceSelectsExactlyOneWorkloadAndTargetsItsContainerPorts() {
        List<Map<String, Object>> services = ofKind("Service");
        assertThat(services).extracting(DeploymentFilesTest::name)
                .containsExactlyInAnyOrder("postgres", "mongo", "redis", COMMAND, QUERY);
        for (Map<String, Object> service : services) {
            Map<String, Object> selector = map(map(service.get("spec")).get("selector"));
            assertThat(selector).as(name(service)).isNotEmpty();
            List<Map<String, Object>> selected = workloads().stream()
                    .filter(w -> podLabels(w).entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as("workloads selected by Service " + name(service)).hasSize(1);
            Map<String, Object> workload = selected.get(0);
            assertThat(map(map(workload.get("spec")).get("selector")).get("matchLabels"))
                    .as(name(workload) + " selects its own pods").isEqualTo(podLabels(workload));
            Set<Object> ports = containers(workload).stream().flatMap(c -> containerPorts(c).stream())
                    .collect(Collectors.toSet());
            for (Map<String, Object> port : list(map(service.get("spec")).get("ports"))) {
                assertThat(ports).as("Service " + name(service) + " targetPort").contains(port.get("targetPort"));
            }
        }
    }

    @Test
    void theQuerySideScalesFromThreeToTenAndKeepsPodsThroughDisruptions() {
        Map<String, Object> hpaSpec = map(only("HorizontalPodAutoscaler", QUERY).get("spec"));
        assertThat(map(hpaSpec.get("scaleTargetRef")))
                .containsEntry("kind", "Deployment").containsEntry("name", QUERY);
        assertThat(hpaSpec).containsEntry("minReplicas", 3).containsEntry("maxReplicas", 10);
        assertThat(map(only("Deployment", QUERY).get("spec"))).containsEntry("replicas", 3);

        Map<String, Object> pdbSelector = map(map(only("PodDisruptionBudget", QUERY).get("spec")).get("selector"));
        Map<String, Object> matchLabels = map(pdbSelector.get("matchLabels"));
        assertThat(matchLabels).isNotEmpty();
        for (Map<String, Object> workload : workloads()) {
            assertThat(podLabels(workload).entrySet().containsAll(matchLabels.entrySet()))
                    .as("PDB selects " + name(workload)).isEqualTo(name(workload).equals(QUERY));
        }
    }

    @Test
    void theSecretHoldsPlaceholdersOnly() {
        Map<String, Object> values = map(only("Secret", "shop-secrets").get("stringData"));
        assertThat(values).containsKeys("DB_PASSWORD", "JWT_PRIVATE_KEY", "JWT_PUBLIC_KEY", "MAIL_TOKEN_KEY",
                "ADMIN_PASSWORD");
        assertThat(values.values()).allSatisfy(v -> assertThat(String.valueOf(v)).matches("|REPLACE_ME\\w*"));
    }

    @Test
    void theHttpRouteSendsEachMethodAndPathToTheRightServicePort() {
        Map<String, Object> route = only("HTTPRoute", "shop");
        List<Map<String, Object>> rules = list(map(route.get("spec")).get("rules"));
        String gateway = String.valueOf(list(map(route.get("spec")).get("parentRefs")).get(0).get("name"));
        assertThat(ofKind("Gateway")).extracting(DeploymentFilesTest::name).containsExactly(gateway);
        for (Map<String, Object> rule : rules) {
            for (Map<String, Object> backend : list(rule.get("backendRefs"))) {
                Map<String, Object> service = only("Service", String.valueOf(backend.get("name")));
                assertThat(list(map(service.get("spec")).get("ports"))).extracting(p -> p.get("port"))
                        .as("port of Service " + backend.get("name")).contains(backend.get("port"));
            }
        }
        for (List<String> expected : ROUTES) {
            assertThat(routeByGatewayApi(rules, expected.get(0), expected.get(1)))
                    .as(expected.get(0) + " " + expected.get(1)).isEqualTo(expected.get(2));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeStartsTheSidesOnHealthyDatabasesBehindOneGatewayPort() {
        Map<String, Object> services = map(compose.get("services"));
        for (String database : List.of("postgres", "mongo", "redis")) {
            assertThat(map(services.get(database))).as(database).containsKey("healthcheck");
        }
        assertThat(sidesBuiltFrom(services, COMMAND)).containsExactly(COMMAND);
        assertThat(sidesBuiltFrom(services, QUERY)).containsExactly("query-side-1", "query-side-2");
        for (String side : services.keySet()) {
            Map<String, Object> service = map(services.get(side));
            if (!service.containsKey("build")) {
                continue;
            }
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            List<String> databases = side.startsWith(QUERY) ? List.of("postgres", "redis", "mongo")
                    : List.of("postgres", "redis");
            for (String database : databases) {
                assertThat(map(dependsOn.get(database))).as(side + " on " + database)
                        .containsEntry("condition", "service_healthy");
            }
            assertThat(service).as(side).containsKey("healthcheck");
            if (side.startsWith(QUERY)) {
                assertThat(service).as(side + " reads named variables only").doesNotContainKey("env_file");
                assertThat(map(service.get("environment"))).as(side)
                        .containsKeys("DB_PASSWORD", "JWT_PUBLIC_KEY", "MONGO_URI")
                        .doesNotContainKeys("JWT_PRIVATE_KEY", "MAIL_TOKEN_KEY", "ADMIN_PASSWORD", "SMTP_PASSWORD");
            } else {
                assertThat(service).as(side).containsEntry("env_file", ".env");
            }
            assertThat(service).as(side).doesNotContainKey("ports");
        }
        Map<String, Object> gateway = map(services.get("gateway"));
        assertThat(String.valueOf(gateway.get("image"))).startsWith("nginx");
        assertThat((List<Object>) gateway.get("ports")).containsExactly("8080:8080");
        assertThat((List<Object>) gateway.get("volumes")).containsExactly("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
        assertThat(services.entrySet().stream().filter(e -> map(e.getValue()).containsKey("ports")).map(Map.Entry::getKey))
                .as("services with a public port").containsExactly("gateway");
    }

    @Test
    void nginxRoutesEachMethodAndPathToTheRightComposeService() throws IOException {
        Block config = Block.parse(Files.readString(root.resolve("deploy/nginx.conf")));
        Block http = config.child("http");
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Set<String>> upstreams = new LinkedHashMap<>();
        for (Block upstream : http.children("upstream")) {
            upstreams.put(upstream.args.get(0), upstream.children("server").stream()
                    .map(s -> s.args.get(0)).collect(Collectors.toSet()));
        }
        assertThat(upstreams.get("command_side")).containsExactlyInAnyOrderElementsOf(
                sidesBuiltFrom(services, COMMAND).stream().map(s -> s + ":8080").toList());
        assertThat(upstreams.get("query_side")).containsExactlyInAnyOrderElementsOf(
                sidesBuiltFrom(services, QUERY).stream().map(s -> s + ":8080").toList());

        Block server = http.child("server");
        assertThat(server.child("listen").args).containsExactly("8080");
        for (List<String> expected : ROUTES) {
            String upstream = routeByNginx(http, server, expected.get(0), expected.get(1));
            assertThat(upstream).as(expected.get(0) + " " + expected.get(1))
                    .isEqualTo(expected.get(2).replace('-', '_'));
        }
        Block stream = locationFor(server, "/api/v1/admin/events/stream");
        assertThat(stream.child("proxy_buffering").args).containsExactly("off");
    }

    @Test
    void oneDockerfileBuildsEitherSidesExecJarAndRunsItAsANonRootUserWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM \\S*maven\\S*17\\S* AS build$")
                .containsPattern("(?m)^ARG MODULE$")
                .contains("./mvnw -B -q -pl \"$MODULE\" -am package -DskipTests")
                .contains("cp \"$MODULE/target/$MODULE-0.1.0-SNAPSHOT-exec.jar\" /src/app.jar")
                .containsPattern("(?m)^FROM \\S*17-jre\\S*$")
                .contains("COPY --from=build /src/app.jar /app/app.jar")
                .containsPattern("(?m)^EXPOSE 8080$")
                .containsPattern("(?m)^HEALTHCHECK ");
        assertThat(Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile).results().map(m -> m.group(1)).toList())
                .as("runs as").containsExactly("10001");
        for (String side : List.of(COMMAND, QUERY)) {
            assertThat(Files.exists(root.resolve(side + "/Dockerfile"))).as(side + " has no Dockerfile of its own")
                    .isFalse();
        }
        assertThat(Files.readAllLines(root.resolve(".dockerignore"))).contains("**/target/", ".env", ".git/");
        assertThat(Files.readAllLines(root.resolve(".gitignore"))).contains(".env");
    }

    /** Gateway API precedence: an exact path, then the longest prefix, then a rule with a method match. */
    private static String routeByGatewayApi(List<Map<String, Object>> rules, String method, String path) {
        record Candidate(String backend, boolean exact, int prefixLength, boolean byMethod, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> rule = rules.get(i);
            for (Map<String, Object> match : list(rule.get("matches"))) {
                Map<String, Object> pathMatch = map(match.get("path"));
                String value = String.valueOf(pathMatch.get("value"));
                boolean exact = "Exact".equals(pathMatch.get("type"));
                boolean pathMatches = exact ? path.equals(value) : prefixMatches(value, path);
                boolean methodMatches = !match.containsKey("method") || method.equals(match.get("method"));
                if (pathMatches && methodMatches) {
                    candidates.add(new Candidate(String.valueOf(list(rule.get("backendRefs")).get(0).get("name")),
                            exact, value.length(), match.containsKey("method"), i));
                }
            }
        }
        return candidates.stream()
                .min(Comparator.comparing(Candidate::exact).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::prefixLength).reversed())
                        .thenComparing(Comparator.comparing(Candidate::byMethod).reversed())
                        .thenComparingInt(Candidate::order))
                .map(Candidate::backend).orElse("none");
    }

    /** A Gateway API PathPrefix matches whole path segments. */
    private static boolean prefixMatches(String prefix, String path) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(trimmed) || path.startsWith(trimmed + "/");
    }

    private static String routeByNginx(Block http, Block server, String method, String path) {
        String target = locationFor(server, path).child("proxy_pass").args.get(0).replace("http://", "");
        if (!target.startsWith("$")) {
            return target;
        }
        Block map = http.children("map").stream().filter(m -> m.args.get(1).equals(target)).findFirst().orElseThrow();
        return map.children.stream().filter(entry -> entry.name.equals(method)).findFirst()
                .or(() -> Optional.ofNullable(map.child("default")))
                .map(entry -> entry.args.get(0)).orElseThrow();
    }

    /** nginx's choice: an exact location, else the longest prefix unless a regular expression matches. */
    private static Block locationFor(Block server, String path) {
        List<Block> locations = server.children("location");
        for (Block location : locations) {
            if (location.args.get(0).equals("=") && location.args.get(1).equals(path)) {
                return location;
            }
        }
        for (Block location : locations) {
            if (location.args.get(0).equals("~") && Pattern.compile(location.args.get(1)).matcher(path).find()) {
                return location;
            }
        }
        return locations.stream().filter(l -> l.args.size() == 1 && path.startsWith(l.args.get(0)))
                .max(Comparator.comparingInt(l -> l.args.get(0).length())).orElseThrow();
    }

    private static List<String> sidesBuiltFrom(Map<String, Object> services, String module) {
        return services.entrySet().stream()
                .filter(e -> map(e.getValue()).containsKey("build"))
                .filter(e -> "Dockerfile".equals(map(map(e.getValue()).get("build")).get("dockerfile"))
                        && module.equals(map(map(map(e.getValue()).get("build")).get("args")).get("MODULE")))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static List<Map<String, Object>> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    private static Map<String, Object> only(String kind, String name) {
        List<Map<String, Object>> found = ofKind(kind).stream().filter(m -> name.equals(name(m))).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> workloads() {
        return manifests.stream().filter(m -> Set.of("Deployment", "StatefulSet").contains(m.get("kind"))).toList();
    }

    private static String name(Map<String, Object> manifest) {
        return String.valueOf(map(manifest.get("metadata")).get("name"));
    }

    private static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(map(map(workload.get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> podLabels(Map<String, Object> workload) {
        return map(map(map(map(workload.get("spec")).get("template")).get("metadata")).get("labels"));
    }

    private static List<Map<String, Object>> containers(Map<String, Object> workload) {
        List<Map<String, Object>> containers = new ArrayList<>(list(podSpec(workload).get("containers")));
        containers.addAll(list(podSpec(workload).get("initContainers")));
        assertThat(containers).as(name(workload) + " containers").isNotEmpty();
        return containers;
    }

    /** A container's ports by number and by name, the two ways a Service or probe may name them. */
    private static Set<Object> containerPorts(Map<String, Object> container) {
        return list(container.get("ports")).stream()
                .flatMap(p -> Stream.of(p.get("containerPort"), p.get("name"))).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> httpGet(Map<String, Object> container, String probe) {
        return map(map(container.get(probe)).get("httpGet"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** An nginx directive with its arguments and, for a block, the directives inside. */
    private record Block(String name, List<String> args, List<Block> children) {

        static Block parse(String text) {
            List<String> tokens = new ArrayList<>();
            var matcher = Pattern.compile("#[^\\n]*|\"([^\"]*)\"|([{};])|([^\\s{};\"#]+)").matcher(text);
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    tokens.add(matcher.group(1));
                } else if (matcher.group(2) != null || matcher.group(3) != null) {
                    tokens.add(matcher.group(0));
                }
            }
            Block top = new Block("", List.of(), new ArrayList<>());
            int end = top.read(tokens, 0);
            assertThat(end).as("nginx.conf parsed to its end").isEqualTo(tokens.size());
            return top;
        }

        private int read(List<String> tokens, int from) {
            int i = from;
            while (i < tokens.size() && !tokens.get(i).equals("}")) {
                String name = tokens.get(i++);
                List<String> args = new ArrayList<>();
                while (!tokens.get(i).equals(";") && !tokens.get(i).equals("{")) {
                    args.add(tokens.get(i++));
                }
                Block block = new Block(name, args, new ArrayList<>());
                children.add(block);
                if (tokens.get(i++).equals("{")) {
                    i = block.read(tokens, i);
                    assertThat(tokens.get(i++)).isEqualTo("}");
                }
            }
            return i;
        }

        List<Block> children(String directive) {
            return children.stream().filter(c -> c.name.equals(directive)).toList();
        }

        Block child(String directive) {
            List<Block> found = children(directive);
            assertThat(found).as(name + " " + args + " " + directive).hasSize(1);
            return found.get(0);
        }
    }
}
