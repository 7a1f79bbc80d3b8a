package io.gojichain.processing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Forwards a fixed loopback port to a broker on a random port. spring-kafka-test 4.0.6 cannot put
 * its KRaft broker on a chosen port ({@code kafkaPorts} is documented as out of use for KRaft), so
 * a service configured with a fixed bootstrap address reaches a broker that "comes back" there
 * through this. Clients only bootstrap through it; the broker's metadata then sends them to its
 * own address.
 */
final class TcpForwarder implements AutoCloseable {

    private final ServerSocket server;

    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-forwarder");
        thread.setDaemon(true);
        return thread;
    });

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpForwarder(int listenPort, String targetHost, int targetPort) throws IOException {
        this.server = new ServerSocket();
        this.server.setReuseAddress(true);
        this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        this.threads.execute(() -> acceptLoop(targetHost, targetPort));
    }

    static TcpForwarder start(int listenPort, String targetHost, int targetPort) throws IOException {
        return new TcpForwarder(listenPort, targetHost, targetPort);
    }

    /** A loopback port nobody listens on (right now). */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void acceptLoop(String targetHost, int targetPort) {
        while (!this.server.isClosed()) {
            try {
                Socket client = this.server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                this.sockets.add(client);
                this.sockets.add(upstream);
                this.threads.execute(() -> pipe(client, upstream));
                this.threads.execute(() -> pipe(upstream, client));
            } catch (IOException ex) {
                // closed, or the target refused: the client sees a dropped connection, like a down broker
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ex) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ex) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        this.server.close();
        this.sockets.forEach(TcpForwarder::closeQuietly);
        this.threads.shutdownNow();
    }
}
