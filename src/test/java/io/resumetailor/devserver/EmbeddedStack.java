package io.resumetailor.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts what the service needs on a developer's machine or in a test run: an embedded
 * PostgreSQL (zonky) and Payara Micro with the packaged WAR, as a child process exactly
 * as it runs in production. Used by {@link DevServer} ({@code mvn -Prun}) and by the
 * integration tests, so both run the same way.
 */
public final class EmbeddedStack {

    private EmbeddedStack() {
    }

    /**
     * @param durable keep the data safe across crashes (fsync, synchronous commit), for the
     *                developer's own data; tests throw theirs away and skip it for speed
     */
    public static EmbeddedPostgres startPostgres(Path dataDir, Path workDir, boolean clean, boolean durable, int port)
            throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder.start();
    }

    /**
     * The service's configuration for a benchmark run on {@code postgres}: development
     * sign-in on, tokens signed with the key pair in {@code keys}. Mutable, for a run's own keys.
     */
    public static Map<String, String> serverConfig(EmbeddedPostgres postgres, Path keys) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("db.url", jdbcUrl(postgres));
        config.put("db.user", "postgres");
        config.put("db.password", "postgres");
        config.put("auth.dev.enabled", "true");
        config.put("auth.token.signing-key.location", PemKeys.privateKey(keys).toString());
        config.put("mp.jwt.verify.publickey.location", PemKeys.publicKey(keys).toUri().toString());
        return config;
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Starts Payara Micro with the WAR at the root context; {@code systemProperties} become MicroProfile Config. */
    /** The service's JVM options from {@code server-config/jvm.options}, as production runs it. */
    public static List<String> serviceJvmOptions() {
        Path file = projectDir().resolve("server-config/jvm.options");
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Process startPayara(Path payaraJar, Path war, int port, Path rootDir, Map<String, String> systemProperties,
                                      List<String> jvmOptions, File log) throws IOException {
        // Payara Micro remembers deployments in its root directory and would deploy the
        // previous run's WAR first and then replace it: always start from an empty one.
        deleteRecursively(rootDir);
        Files.createDirectories(rootDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + rootDir.resolve("tmp"));
        Files.createDirectories(rootDir.resolve("tmp"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--rootDir", rootDir.resolve("payara").toString(),
                "--nohazelcast", "--disablephonehome", "--nohostaware"));
        Path preBoot = projectDir().resolve("server-config/pre-boot-commands.asadmin");
        if (Files.exists(preBoot)) {
            command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        }
        Path serverProperties = projectDir().resolve("server-config/system.properties");
        if (Files.exists(serverProperties)) {
            command.addAll(List.of("--systemproperties", serverProperties.toString()));
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(log);
        }
        return builder.start();
    }

    /** Waits for {@code /health/ready} to answer 200; fails early if the server process dies. */
    public static void awaitReady(URI base, Process server, Duration timeout) throws InterruptedException {
        awaitReady(base, server, timeout, null);
    }

    /**
     * Waits for {@code /health/ready}; with the server's {@code log}, gives up as soon as the
     * application fails to deploy (Payara Micro keeps running without it, and would only
     * time out).
     */
    public static void awaitReady(URI base, Process server, Duration timeout, Path log) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + server.exitValue());
            }
            if (log != null && deploymentFailed(log)) {
                throw new IllegalStateException("the application failed to deploy");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready within " + timeout);
    }

    static boolean deploymentFailed(Path log) {
        try {
            return Files.exists(log) && Files.readString(log).contains("Exception during lifecycle processing");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    public static void stop(Process server) throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return Path.of(value);
    }
}
