package id.fleksi.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small HTTP/1.1 client for the load phases: one kept-alive connection per client thread, the request written in
 * one piece, the answer read by its {@code Content-Length} or its chunks. The JDK's {@code HttpClient} costs about
 * a millisecond of CPU per call, as much as a third of what the application spends on a validation, and the load
 * shares the machine's cores with the application and PostgreSQL, as pgbench does with its own small client.
 */
final class LeanHttp {

    /** The status and the body of an answer. */
    record Answer(int statusCode, String body) {
    }

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    LeanHttp(String base) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the load phases speak plain HTTP: " + base);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    /** Sends a JSON request; a connection the server closed is opened again once. */
    Answer send(String method, String path, String authorization, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Connection connection = connections.get();
        if (connection != null) {
            try {
                return connection.exchange(head, body);
            } catch (IOException closed) {
                connection.close();
            }
        }
        connection = new Connection(host, port);
        connections.set(connection);
        return connection.exchange(head, body);
    }

    private final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        Answer exchange(byte[] head, byte[] body) throws IOException {
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(0, colon)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                answer.write(in.readNBytes((int) length));
            } else {
                answer.write(in.readAllBytes());
                close = true;
            }
            if (close) {
                close();
                connections.remove();
            }
            return new Answer(code, answer.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }
}
