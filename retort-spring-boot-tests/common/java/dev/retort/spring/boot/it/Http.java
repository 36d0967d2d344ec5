package dev.retort.spring.boot.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.env.Environment;

/** GETs from the running test server and parses its JSON (with Boot's own parser, the same in 3.5 and 4.0). */
final class Http {

    record Response(int status, Map<String, Object> json) {
    }

    private Http() {
    }

    static Response get(Environment environment, String path) {
        String port = environment.getRequiredProperty("local.server.port");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JsonParserFactory.getJsonParser().parseMap(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
