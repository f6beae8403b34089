package vn.thanhhoa.cds.runtime.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports for the embedded stack: every component binds 127.0.0.1 only. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port free right now; 0 in the configuration means "pick one of these". */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port on " + LOOPBACK + ": " + e.getMessage(), e);
        }
    }

    /** {@code configured} if it is free, a free port if it is 0, else one readable sentence naming the setting. */
    public static int claim(int configured, String setting) {
        if (configured == 0) {
            return free();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), configured));
            return configured;
        } catch (IOException e) {
            throw new StackStartException("Port " + configured + " (" + setting + ") is already in use on " + LOOPBACK
                    + ": stop the program using it, or choose another port (0 picks a free one).");
        }
    }

    /** Whether something accepts connections on the port now (used to prove ports are released). */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
