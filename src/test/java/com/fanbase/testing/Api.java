package com.fanbase.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests to the running service, JSON answers as
 * trees.
 */
public final class Api {

	public static final String OPERATOR_KEY = "test-operator-key";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String key;

	public Api(int port, String key) {
		this.base = "http://localhost:" + port;
		this.key = key;
	}

	public Api as(String otherKey) {
		return new Api(Integer.parseInt(this.base.substring(this.base.lastIndexOf(':') + 1)), otherKey);
	}

	public Response get(String path) {
		return send(builder(path).GET());
	}

	public Response delete(String path) {
		return send(builder(path).DELETE());
	}

	public Response post(String path, String contentType, String body) {
		return send(builder(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	public Response send(String method, String path, String body) {
		return send(builder(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	public Response postJson(String path, String body) {
		return post(path, "application/json", body);
	}

	public Response postGzip(String path, String contentType, String body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(builder(path).header("Content-Type", contentType)
			.header("Content-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));
	}

	/**
	 * Any method with any body bytes and headers (a null content type or encoding sends
	 * none), for probes of what a well-behaved client would never send.
	 */
	public Response exchange(String method, String path, String contentType, String contentEncoding, byte[] body) {
		HttpRequest.Builder request = builder(path);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (contentEncoding != null) {
			request.header("Content-Encoding", contentEncoding);
		}
		return send(request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		return (this.key != null) ? builder.header("Authorization", "Bearer " + this.key) : builder;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpRequest sent = request.build();
			HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			DocumentedResponses.check(sent, response, contentType);
			JsonNode tree = (body == null || body.isBlank() || !contentType.contains("json")) ? null
					: json.readTree(body);
			return new Response(response.statusCode(), contentType, tree, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String contentType, JsonNode body, String text) {

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		public String type() {
			return this.body.path("type").asString();
		}

	}

}
