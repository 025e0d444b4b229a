package com.fanbase.exports.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server standing in for the platforms: one route prefix per platform, each
 * checking the documented request and answering like the platform. Every request is
 * recorded with the credential it carried (so concurrent tests tell theirs apart), every
 * request that breaks the documented format is recorded as a violation and refused, and
 * tests can make the next requests of one credential fail.
 */
public final class FakeServer {

	static final JsonMapper json = JsonMapper.builder().build();

	private static FakeServer instance;

	private final HttpServer server;

	private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

	private final List<String> violations = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Reply>> faults = new ConcurrentHashMap<>();

	private final Map<String, List<FakeGate>> gates = new ConcurrentHashMap<>();

	private final Map<String, Predicate<Request>> lostAnswers = new ConcurrentHashMap<>();

	public final FakeMeta meta = new FakeMeta();

	public final FakeGoogle google = new FakeGoogle();

	public final FakeTikTok tiktok = new FakeTikTok();

	public final FakeBrevo brevo = new FakeBrevo();

	private FakeServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		route("/meta", "meta", FakeMeta::token, this.meta::handle);
		route("/oauth", "google", FakeGoogle::token, this.google::oauth);
		route("/google", "google", FakeGoogle::token, this.google::handle);
		route("/googleads", "google", FakeGoogle::token, this.google::ads);
		route("/tiktok", "tiktok", FakeTikTok::token, this.tiktok::handle);
		route("/brevo", "brevo", FakeBrevo::token, this.brevo::handle);
		this.server.start();
	}

	public static synchronized FakeServer get() {
		if (instance == null) {
			try {
				instance = new FakeServer();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	public String url(String prefix) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + prefix;
	}

	/** The next {@code times} requests carrying the credential get this reply. */
	public void fail(String token, int times, Reply reply) {
		Deque<Reply> queue = this.faults.computeIfAbsent(token, (key) -> new ArrayDeque<>());
		synchronized (queue) {
			for (int i = 0; i < times; i++) {
				queue.add(reply);
			}
		}
	}

	/**
	 * Holds the credential's matching request that follows the first {@code passing} of
	 * them, until the gate drops it.
	 */
	public FakeGate hold(String token, Predicate<Request> matches, int passing) {
		FakeGate gate = new FakeGate(matches, passing);
		this.gates.computeIfAbsent(token, (key) -> new CopyOnWriteArrayList<>()).add(gate);
		return gate;
	}

	/**
	 * The credential's next matching request reaches the fake platform, which acts on it,
	 * but its answer is lost: the connection closes before any reply, as when a network
	 * or a proxy drops it on the way back.
	 */
	public void loseAnswer(String token, Predicate<Request> matches) {
		this.lostAnswers.put(token, matches);
	}

	public List<Recorded> requests(String token) {
		return this.recorded.stream().filter((request) -> token.equals(request.token())).toList();
	}

	public List<String> violations(String token) {
		return this.violations.stream().filter((violation) -> violation.startsWith(token + ": ")).toList();
	}

	private void route(String prefix, String platform, Function<Request, String> token,
			Function<Request, Reply> handler) {
		this.server.createContext(prefix, (exchange) -> {
			Request request = read(exchange, prefix);
			String credential = String.valueOf(token.apply(request));
			boolean passes = this.gates.getOrDefault(credential, List.of())
				.stream()
				.allMatch((gate) -> gate.pass(request));
			Reply reply;
			Deque<Reply> queue = this.faults.get(credential);
			Reply fault = null;
			if (queue != null) {
				synchronized (queue) {
					fault = queue.poll();
				}
			}
			if (!passes) {
				reply = Reply.json(503, "{}");
			}
			else if (fault != null) {
				reply = fault;
			}
			else {
				try {
					reply = handler.apply(request);
				}
				catch (Violation ex) {
					this.violations
						.add(credential + ": " + request.method() + " " + request.path() + ": " + ex.getMessage());
					reply = ex.reply();
				}
			}
			this.recorded.add(new Recorded(platform, credential, request, reply.status()));
			Predicate<Request> lose = this.lostAnswers.get(credential);
			if (lose != null && lose.test(request) && this.lostAnswers.remove(credential, lose)) {
				exchange.close();
				return;
			}
			write(exchange, reply);
		});
	}

	private static Request read(HttpExchange exchange, String prefix) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
		String path = exchange.getRequestURI().getRawPath().substring(prefix.length());
		return new Request(exchange.getRequestMethod(), path, parse(exchange.getRequestURI().getRawQuery()), headers,
				body);
	}

	private static void write(HttpExchange exchange, Reply reply) throws IOException {
		reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		if (!reply.body().isEmpty()) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	static Map<String, String> parse(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			values.put(name, (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	static boolean isHash(String value) {
		return value != null && value.matches("[0-9a-f]{64}");
	}

	static void check(boolean condition, String message, Reply refusal) {
		if (!condition) {
			throw new Violation(message, refusal);
		}
	}

	public record Request(String method, String path, Map<String, String> query, Map<String, String> headers,
			byte[] body) {

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public Map<String, String> form() {
			return parse(text());
		}

		public JsonNode json() {
			return FakeServer.json.readTree(text().isEmpty() ? "{}" : text());
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

	public record Reply(int status, Map<String, String> headers, String body) {

		public static Reply json(int status, String body) {
			return new Reply(status, Map.of(), body);
		}

		public static Reply json(int status, Object body) {
			return new Reply(status, Map.of(), FakeServer.json.writeValueAsString(body));
		}

		public Reply header(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Reply(this.status, headers, this.body);
		}

	}

	public record Recorded(String platform, String token, Request request, int status) {
	}

	static final class Violation extends RuntimeException {

		private final transient Reply reply;

		Violation(String message, Reply reply) {
			super(message);
			this.reply = reply;
		}

		Reply reply() {
			return this.reply;
		}

	}

	/** Members per audience, as the keys the platform was sent. */
	static final class Audiences {

		private final Map<String, java.util.Set<String>> members = new ConcurrentHashMap<>();

		private long next = 1000;

		synchronized String create() {
			String id = Long.toString(++this.next);
			this.members.put(id, ConcurrentHashMap.newKeySet());
			return id;
		}

		boolean exists(String id) {
			return this.members.containsKey(id);
		}

		java.util.Set<String> of(String id) {
			return this.members.getOrDefault(id, java.util.Set.of());
		}

		void delete(String id) {
			this.members.remove(id);
		}

		List<String> ids() {
			return new ArrayList<>(this.members.keySet());
		}

	}

}
