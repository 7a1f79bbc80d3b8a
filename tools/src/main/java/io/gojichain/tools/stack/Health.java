package io.gojichain.tools.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether a process of the stack is ready, by its kind: a broker when it accepts connections on its
 * port; Prometheus when {@code /-/ready} answers 200; a service when its readiness probe answers 200
 * with status UP (Boot answers 503 for DOWN and OUT_OF_SERVICE, and a DOWN body still lists UP
 * components, so the body alone proves nothing). The probes are public: no key needed.
 */
public final class Health implements StackProcess.Readiness {

    static final String HOST = "127.0.0.1";

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Brokers are {@code kafka} (one node) and {@code kafka-N} (a node of the local cluster). */
    public static boolean isBroker(String name) {
        return name.equals("kafka") || name.matches("kafka-\\d+");
    }

    @Override
    public boolean isReady(StackProcess process) throws InterruptedException {
        return isReady(process.name(), process.port());
    }

    public boolean isReady(String name, int port) throws InterruptedException {
        if (isBroker(name)) {
            return portOpen(port);
        }
        if (name.equals("prometheus")) {
            return get(URI.create("http://" + HOST + ":" + port + "/-/ready"), null);
        }
        return get(URI.create("http://" + HOST + ":" + port + "/actuator/health/readiness"), "\"status\":\"UP\"");
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean get(URI uri, String mustContain) throws InterruptedException {
        try {
            HttpResponse<String> response = this.http.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && (mustContain == null || response.body().contains(mustContain));
        } catch (IOException e) {
            return false;
        }
    }
}
