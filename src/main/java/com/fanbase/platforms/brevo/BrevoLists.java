package com.fanbase.platforms.brevo;

import java.net.URI;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;

/**
 * Makes Brevo contact lists, for export audiences and campaign recipients alike: each in
 * the folder the tenant's credentials name, or else in one "Fanbase" folder, found by
 * name and made only the first time (not a new folder per list).
 */
@Component
public class BrevoLists {

	static final String FOLDER = "Fanbase";

	private static final int PAGE = 50;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	BrevoLists(BrevoProperties properties) {
		this.baseUrl = properties.baseUrl();
	}

	/** Makes a list named {@code name}; answers its id. */
	public long create(PlatformContext context, String operation, String name) {
		String folder = context.credentials().get("folder_id");
		if (folder == null || folder.isBlank()) {
			folder = fanbaseFolder(context);
		}
		return post(context, operation, "/contacts/lists",
				Map.of("name", name, "folderId", Long.parseLong(folder.strip())))
			.path("id")
			.asLong();
	}

	private String fanbaseFolder(PlatformContext context) {
		for (int offset = 0; offset < 1000; offset += PAGE) {
			JsonNode folders = BrevoHttp
				.call(context,
						PlatformRequest.of("find_folder", HttpMethod.GET,
								URI.create(this.baseUrl + "/contacts/folders?limit=" + PAGE + "&offset=" + offset)))
				.path("folders");
			for (JsonNode folder : folders) {
				if (FOLDER.equals(folder.path("name").asString(""))) {
					return folder.path("id").asString();
				}
			}
			if (folders.size() < PAGE) {
				break;
			}
		}
		return post(context, "create_folder", "/contacts/folders", Map.of("name", FOLDER)).path("id").asString();
	}

	private JsonNode post(PlatformContext context, String operation, String path, Object body) {
		return BrevoHttp.call(context, PlatformRequest.of(operation, HttpMethod.POST, URI.create(this.baseUrl + path))
			.body(MediaType.APPLICATION_JSON, json.writeValueAsString(body), 0));
	}

}
