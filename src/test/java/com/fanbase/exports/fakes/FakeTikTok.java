package com.fanbase.exports.fakes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * TikTok's customer-file API (v1.3 DMP): multipart file upload with its MD5 signature and
 * {@code calculate_type}, create from file paths, update with {@code APPEND} or
 * {@code REMOVE}, get and delete; errors as HTTP 200 with a non-zero {@code code}. A
 * token starting with {@code bad} is invalid (40105).
 */
public final class FakeTikTok {

	private final FakeServer.Audiences audiences = new FakeServer.Audiences();

	private final Map<String, List<String>> files = new ConcurrentHashMap<>();

	private final Set<String> usedFiles = ConcurrentHashMap.newKeySet();

	public final List<Integer> fileRows = new CopyOnWriteArrayList<>();

	public final FakeTikTokReports reports = new FakeTikTokReports();

	static String token(Request request) {
		return request.header("access-token");
	}

	public Set<String> members(String audience) {
		return this.audiences.of(audience);
	}

	public boolean exists(String audience) {
		return this.audiences.exists(audience);
	}

	Reply handle(Request request) {
		String token = token(request);
		FakeServer.check(token != null, "no Access-Token header", error(40104, "Access token is empty"));
		if (token.startsWith("bad")) {
			return error(40105, "Access token is invalid");
		}
		String path = request.path().replaceFirst("^/open_api/v1\\.3", "");
		return switch (path) {
			case "/dmp/custom_audience/file/upload/" -> upload(request);
			case "/dmp/custom_audience/create/" -> create(request.json());
			case "/dmp/custom_audience/update/" -> update(request.json());
			case "/dmp/custom_audience/get/" -> get(request);
			case "/dmp/custom_audience/delete/" -> delete(request.json());
			case "/report/integrated/get/" -> this.reports.handle(request);
			default -> throw new FakeServer.Violation("unknown path " + path, error(40002, "unknown path"));
		};
	}

	private Reply upload(Request request) {
		FakeServer.check(request.method().equals("POST"), "upload with " + request.method(), error(40002, "method"));
		Map<String, byte[]> parts = multipart(request);
		FakeServer.check(parts.containsKey("advertiser_id"), "no advertiser_id", error(40002, "advertiser_id"));
		FakeServer.check("MULTIPLE_TYPES".equals(text(parts.get("calculate_type"))), "calculate_type",
				error(40909, "calculate type"));
		byte[] file = parts.get("file");
		FakeServer.check(file != null, "no file", error(40002, "file"));
		FakeServer.check(md5(file).equals(text(parts.get("file_signature"))), "file_signature is not the file's MD5",
				error(40002, "signature"));
		String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
		FakeServer.check(lines[0].equalsIgnoreCase("email_sha256,phone_sha256"), "header " + lines[0],
				error(40002, "header"));
		List<String> rows = new java.util.ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			String[] columns = lines[i].split(",", -1);
			FakeServer.check(
					columns.length == 2 && (columns[0].isEmpty() || FakeServer.isHash(columns[0]))
							&& (columns[1].isEmpty() || FakeServer.isHash(columns[1])),
					"row not hashed: " + lines[i], error(40062, "PII not hashed"));
			rows.add(columns[0] + "|" + columns[1]);
		}
		String path = "tiktok/" + System.nanoTime() + ".csv";
		this.files.put(path, rows);
		this.fileRows.add(rows.size());
		return ok(Map.of("file_path", path));
	}

	private Reply create(JsonNode body) {
		FakeServer.check(!body.path("advertiser_id").asString("").isBlank(), "no advertiser_id", error(40002, "adv"));
		String name = body.path("custom_audience_name").asString("");
		FakeServer.check(!name.isBlank() && name.length() <= 128, "custom_audience_name", error(40002, "name"));
		FakeServer.check(body.path("calculate_type").asString("").equals("MULTIPLE_TYPES"), "calculate_type",
				error(40909, "calculate type"));
		String id = this.audiences.create();
		apply(id, body.path("file_paths"), true);
		return ok(Map.of("custom_audience_id", id));
	}

	private Reply update(JsonNode body) {
		String id = body.path("custom_audience_id").asString("");
		FakeServer.check(this.audiences.exists(id), "unknown audience " + id, error(40002, "audience"));
		String action = body.path("action").asString("");
		FakeServer.check(action.equals("APPEND") || action.equals("REMOVE"), "action " + action,
				error(40002, "action"));
		apply(id, body.path("file_paths"), action.equals("APPEND"));
		return ok(Map.of());
	}

	private Reply get(Request request) {
		String ids = request.query().getOrDefault("custom_audience_ids", "");
		FakeServer.check(ids.startsWith("[\"") && request.query().containsKey("advertiser_id"),
				"get " + request.query(), error(40002, "ids"));
		String id = ids.substring(2, ids.length() - 2);
		return ok(Map.of("list", List.of(Map.of("audience_details",
				Map.of("audience_id", id, "cover_num", this.audiences.of(id).size(), "is_expiring", false)))));
	}

	private Reply delete(JsonNode body) {
		for (JsonNode id : body.path("custom_audience_ids")) {
			this.audiences.delete(id.asString());
		}
		return ok(Map.of());
	}

	private void apply(String audience, JsonNode paths, boolean add) {
		FakeServer.check(paths.isArray() && paths.size() >= 1, "file_paths", error(40002, "file_paths"));
		for (JsonNode path : paths) {
			FakeServer.check(this.files.containsKey(path.asString()), "unknown file " + path, error(40905, "no file"));
			FakeServer.check(this.usedFiles.add(path.asString()), "file applied twice " + path,
					error(40910, "expired"));
			for (String row : this.files.get(path.asString())) {
				if (add) {
					this.audiences.of(audience).add(row);
				}
				else {
					this.audiences.of(audience).remove(row);
				}
			}
		}
	}

	static Reply ok(Map<String, ?> data) {
		return Reply.json(200, Map.of("code", 0, "message", "OK", "request_id", "r" + System.nanoTime(), "data", data));
	}

	public static Reply error(int code, String message) {
		return Reply.json(200,
				Map.of("code", code, "message", message, "request_id", "r" + System.nanoTime(), "data", Map.of()));
	}

	private static Map<String, byte[]> multipart(Request request) {
		String type = request.header("content-type");
		FakeServer.check(type != null && type.startsWith("multipart/form-data") && type.contains("boundary="),
				"upload is not multipart", error(40002, "multipart"));
		String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
		String body = new String(request.body(), StandardCharsets.ISO_8859_1);
		Map<String, byte[]> parts = new LinkedHashMap<>();
		for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
			int split = part.indexOf("\r\n\r\n");
			if (split < 0) {
				continue;
			}
			String headers = part.substring(0, split);
			String content = part.substring(split + 4, part.length() - 2);
			java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
			if (name.find()) {
				parts.put(name.group(1), content.getBytes(StandardCharsets.ISO_8859_1));
			}
		}
		return parts;
	}

	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
