package com.fanbase.exports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.platforms.CredentialSpec;
import com.fanbase.platforms.CredentialView;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformCredentials;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.Violations;

/**
 * A tenant's platform credentials: replaced whole, shown masked, removable.
 */
@RestController
@RequestMapping("/api/audience/settings/platforms")
class PlatformSettingsController {

	private final PlatformCredentials credentials;

	private final Platforms platforms;

	private final TenantAccess access;

	PlatformSettingsController(PlatformCredentials credentials, Platforms platforms, TenantAccess access) {
		this.credentials = credentials;
		this.platforms = platforms;
		this.access = access;
	}

	@PutMapping("/{platform}")
	CredentialView put(@PathVariable String platform, @RequestBody JsonNode body,
			@RequestParam(name = "tenant_id", required = false) Long tenantQuery) {
		Platform target = platform(platform);
		if (body == null || !body.isObject()) {
			throw new InvalidRequestException("", "must be a JSON object of credential fields");
		}
		JsonNode tenantField = body.path("tenant_id");
		TenantId tenant = this.access
			.resolve(tenantField.isNumber() ? Long.valueOf(tenantField.asLong()) : tenantQuery);
		CredentialSpec spec = this.platforms.adapter(target).credentialSpec();
		Map<String, String> fields = new LinkedHashMap<>();
		Violations violations = new Violations();
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			String name = field.getKey();
			if (name.equals("tenant_id")) {
				continue;
			}
			if (!spec.knows(name)) {
				violations.add("/" + name, "is not a " + target.id() + " credential field");
			}
			else if (!field.getValue().isString() && !field.getValue().isNumber()) {
				violations.add("/" + name, "must be a string");
			}
			else if (!field.getValue().asString().isBlank()) {
				fields.put(name, field.getValue().asString().strip());
			}
		}
		spec.required()
			.stream()
			.sorted()
			.filter((name) -> !fields.containsKey(name))
			.forEach((name) -> violations.add("/" + name, "is required"));
		this.platforms.adapter(target)
			.credentialProblems(fields)
			.forEach((field, message) -> violations.add("/" + field, message));
		violations.throwIfAny();
		return this.credentials.save(tenant, target, fields, spec);
	}

	@GetMapping
	List<CredentialView> list(@Parameter(hidden = true) TenantId tenant) {
		List<CredentialView> views = new ArrayList<>();
		for (Platform platform : this.platforms.all()) {
			this.credentials.view(tenant, platform).ifPresent(views::add);
		}
		return views;
	}

	@GetMapping("/{platform}")
	CredentialView get(@Parameter(hidden = true) TenantId tenant, @PathVariable String platform) {
		Platform target = platform(platform);
		return this.credentials.view(tenant, target)
			.orElseThrow(() -> new com.fanbase.platforms.PlatformNotConfiguredException(target));
	}

	@DeleteMapping("/{platform}")
	ResponseEntity<Void> delete(@Parameter(hidden = true) TenantId tenant, @PathVariable String platform) {
		this.credentials.delete(tenant, platform(platform));
		return ResponseEntity.noContent().build();
	}

	private Platform platform(String id) {
		return this.platforms.find(id)
			.orElseThrow(() -> new InvalidRequestException("platform", "must be " + this.platforms.idsInWords()));
	}

}
