package com.skincare.shop.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The executable jars of the two sides, started as processes the way they are deployed: configured by environment
 * variables alone, each writing its log under {@code target}.
 */
final class ShopJars {

    private ShopJars() {
    }

    /** Starts {@code side}'s jar ({@code command-side} or {@code query-side}) on {@code port}. */
    static Process start(String side, int port, Map<String, String> environment, Path log) throws IOException {
        Path jar = Path.of("..", side, "target", side + "-" + System.getProperty("shop.version") + "-exec.jar");
        assertThat(jar).as("built by the %s module before the integration tests", side).exists();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        return builder.start();
    }

    static void awaitHealthy(Http node) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> assertThat(node.get("/health").status()).isEqualTo(200));
    }

    /** Asks every process to stop (SIGTERM: a graceful shutdown), and kills those still running after 20 s. */
    static void stop(List<Process> processes) {
        processes.forEach(Process::destroy);
        processes.forEach(process -> {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
