package com.fanbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.ingestion.InputFormat;
import com.fanbase.ingestion.RecordKind;

/**
 * Streams a file to a running service's ingestion endpoint.
 */
final class HttpIngestion {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String key;

	private final long tenant;

	HttpIngestion(String base, String key, long tenant) {
		if (key.isBlank()) {
			throw new Arguments.UsageException("--url needs --key");
		}
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.key = key;
		this.tenant = tenant;
	}

	JsonNode post(RecordKind kind, InputFormat format, InputStream body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.base + "/api/audience/ingest/" + kind.id() + "?tenant_id=" + this.tenant))
			.header("Authorization", "Bearer " + this.key)
			.header("Content-Type", mediaType(format))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode answer = json.readTree(response.body());
		if (response.statusCode() != 200 && !answer.has("received")) {
			throw new IOException("The service refused the upload (" + response.statusCode() + "): "
					+ answer.path("detail").asString());
		}
		return answer;
	}

	private static String mediaType(InputFormat format) {
		return switch (format) {
			case JSON -> "application/json";
			case NDJSON -> "application/x-ndjson";
			case CSV -> "text/csv";
		};
	}

}
