package org.springframework.samples.petclinic.retort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.json.JsonParserFactory;

/** GETs from a running PetClinic over a real socket. */
final class Http {

	record Response(int status, String body) {

		Map<String, Object> json() {
			return JsonParserFactory.getJsonParser().parseMap(this.body);
		}

	}

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	static Response get(int port, String path) throws IOException {
		try {
			HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
