package com.fanbase.testing;

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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.FanbaseApplication;

/**
 * The real service in a process of its own (the application's main class on the main
 * classpath, without the test classes and their configuration), for the tests that kill
 * or stop it: its log goes to a file under {@code target/}, and it answers over HTTP.
 */
public final class ServiceProcess implements AutoCloseable {

	public static final String OPERATOR_KEY = "process-test-operator-key";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the service with these {@code --property=value} arguments. */
	public static ServiceProcess start(String name, List<String> properties) throws IOException {
		int port = freePort();
		Path log = Path.of("target", "service-processes", name + "-" + port + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", mainClasspath(),
				FanbaseApplication.class.getName(), "--server.port=" + port, "--fanbase.operator-key=" + OPERATOR_KEY,
				"--fanbase.secrets-key=dGVzdC1vbmx5LXNlY3JldHMta2V5LTMyLWJ5dGVzISE=",
				"--fanbase.jobs.polling-interval=250ms", "--fanbase.profiles.refresh-interval=1h",
				"--logging.level.com.fanbase=INFO"));
		command.addAll(properties);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new ServiceProcess(process, port, log);
	}

	public long pid() {
		return this.process.pid();
	}

	/** Waits until the service answers its health check; answers how long that took. */
	public Duration awaitHealthy(Duration timeout) {
		long started = System.nanoTime();
		Eventually.await(() -> {
			if (!this.process.isAlive()) {
				throw new AssertionError("The service exited with " + this.process.exitValue() + "; see " + this.log);
			}
			return healthy();
		}, Boolean::booleanValue, timeout);
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private boolean healthy() {
		try {
			return send(HttpRequest.newBuilder(uri("/actuator/health")).GET(), null).statusCode() == 200;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	/** SIGKILL: the process dies at once, as in a crash. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * SIGTERM: a normal stop, as a deploy or a scale-down does; waits until it exited.
	 */
	public int stop(Duration timeout) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The service did not stop within " + timeout + "; see " + this.log);
		}
		return this.process.exitValue();
	}

	public String log() throws IOException {
		return Files.readString(this.log);
	}

	public JsonNode get(String path, String key) {
		return body(send(HttpRequest.newBuilder(uri(path)).GET(), key));
	}

	public JsonNode post(String path, String key, String contentType, String body) {
		return body(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)), key));
	}

	public JsonNode put(String path, String key, String body) {
		return body(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)), key));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String key) {
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		try {
			return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode body(HttpResponse<String> response) {
		if (response.statusCode() >= 300) {
			throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body().isEmpty() ? "{}" : response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * Stops the service if a test left it running (normally, so it stops its PostgreSQL
	 * too).
	 */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static String mainClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return String.join(File.pathSeparator,
				Arrays.stream(classpath.split(File.pathSeparator))
					.filter((entry) -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
					.toList());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
