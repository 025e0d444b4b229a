package com.fanbase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Every answer of the API that a test receives is checked against the service's own
 * OpenAPI document: its status must be documented for the operation and its body must
 * match the documented schema of that status and media type. So the document cannot drift
 * from what the suite sees the service do.
 */
final class DocumentedResponses {

	private static final String API = "/api/audience/";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

	private DocumentedResponses() {
	}

	static void check(HttpRequest request, HttpResponse<String> response, String contentType) {
		URI uri = request.uri();
		if (!uri.getPath().startsWith(API)) {
			return;
		}
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
		if (!contentType.isEmpty()) {
			answer.withContentType(contentType);
		}
		if (response.body() != null && !response.body().isEmpty()) {
			answer.withBody(response.body());
		}
		ValidationReport report = validator(uri).validateResponse(uri.getRawPath(),
				Request.Method.valueOf(request.method()), answer.build());
		if (report.hasErrors()) {
			throw new AssertionError("The answer to " + request.method() + " " + uri.getPath() + " ("
					+ response.statusCode() + ") is not as the OpenAPI document says:\n"
					+ report.getMessages().stream().map(Object::toString).reduce("", (a, b) -> a + "  " + b + "\n")
					+ "Body: " + abbreviate(response.body()));
		}
	}

	private static OpenApiInteractionValidator validator(URI uri) {
		String base = uri.getScheme() + "://" + uri.getAuthority();
		return validators.computeIfAbsent(base,
				(service) -> OpenApiInteractionValidator.createForInlineApiSpecification(document(service))
					// Probes of paths the API does not have are the routing's business,
					// not the document's.
					.withLevelResolver(LevelResolver.create()
						.withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
						.withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
						.build())
					.build());
	}

	private static String document(String service) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create(service + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String body) {
		return (body == null || body.length() <= 500) ? String.valueOf(body) : body.substring(0, 500) + "...";
	}

}
