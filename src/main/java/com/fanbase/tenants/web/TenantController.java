package com.fanbase.tenants.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.tenants.ApiKey;
import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.IssuedKey;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.Tenant;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;
import com.fanbase.web.IsoCodes;
import com.fanbase.web.Violations;

/**
 * Tenant management, for the operator key only.
 */
@RestController
@RequestMapping("/api/audience/tenants")
class TenantController {

	private final Tenants tenants;

	private final ApiKeys keys;

	TenantController(Tenants tenants, ApiKeys keys) {
		this.tenants = tenants;
		this.keys = keys;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TenantResponse create(@RequestBody CreateTenantRequest request) {
		request.validate();
		Tenant tenant = this.tenants.create((request.id() != null) ? TenantId.of(request.id()) : null,
				request.name().strip(), request.currency(), Plan.find(request.planOrDefault()).orElseThrow());
		return TenantResponse.of(tenant);
	}

	@GetMapping
	List<TenantResponse> list() {
		return this.tenants.list().stream().map(TenantResponse::of).toList();
	}

	@GetMapping("/{id}")
	TenantResponse get(@PathVariable long id) {
		return TenantResponse.of(this.tenants.require(tenantId(id)));
	}

	@PostMapping("/{id}/keys")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedKeyResponse issueKey(@PathVariable long id, @RequestBody(required = false) CreateKeyRequest request) {
		Tenant tenant = this.tenants.require(tenantId(id));
		CreateKeyRequest body = (request != null) ? request : new CreateKeyRequest(null, null);
		body.validate();
		return IssuedKeyResponse.of(this.keys.issue(tenant.id(), body.name(), body.roleOrDefault()));
	}

	@GetMapping("/{id}/keys")
	List<KeyResponse> listKeys(@PathVariable long id) {
		Tenant tenant = this.tenants.require(tenantId(id));
		return this.keys.list(tenant.id()).stream().map(KeyResponse::of).toList();
	}

	@DeleteMapping("/{id}/keys/{keyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeKey(@PathVariable long id, @PathVariable long keyId) {
		Tenant tenant = this.tenants.require(tenantId(id));
		this.keys.revoke(tenant.id(), keyId);
	}

	private static TenantId tenantId(long id) {
		new Violations().check(id > 0, "id", "must be a positive integer").throwIfAny();
		return TenantId.of(id);
	}

	record CreateTenantRequest(Long id, String name, String currency, String plan) {

		String planOrDefault() {
			return (this.plan != null) ? this.plan : Plan.BASE.id();
		}

		void validate() {
			new Violations().check(this.id == null || this.id > 0, "/id", "must be a positive integer")
				.check(this.name != null && !this.name.isBlank(), "/name", "is required")
				.check(this.name == null || this.name.length() <= 200, "/name", "must be at most 200 characters")
				.check(this.currency != null && IsoCodes.CURRENCIES.contains(this.currency), "/currency",
						"must be an ISO 4217 currency code such as EUR")
				.check(Plan.find(planOrDefault()).isPresent(), "/plan", "must be one of base, pro, enterprise")
				.throwIfAny();
		}

	}

	/**
	 * A key's role defaults to owner, what every key was before keys had roles, so the
	 * core's integration keeps working; an integration that only reads should ask for
	 * analyst.
	 */
	record CreateKeyRequest(String name, String role) {

		Role roleOrDefault() {
			return (this.role != null) ? Role.find(this.role).orElseThrow() : Role.OWNER;
		}

		void validate() {
			new Violations()
				.check(this.role == null || Role.find(this.role).isPresent(), "/role",
						"must be one of owner, marketer, analyst")
				.check(this.name == null || this.name.length() <= 200, "/name", "must be at most 200 characters")
				.throwIfAny();
		}

	}

	record Limits(int segments, int exportsPerMonth) {
	}

	record TenantResponse(long id, String name, String currency, String plan, Limits limits, Instant createdAt) {

		static TenantResponse of(Tenant tenant) {
			Plan plan = tenant.plan();
			return new TenantResponse(tenant.id().value(), tenant.name(), tenant.currency(), plan.id(),
					new Limits(plan.segments(), plan.exportsPerMonth()), tenant.createdAt());
		}

	}

	record KeyResponse(long id, long tenantId, String name, String prefix, String role, Instant createdAt) {

		static KeyResponse of(ApiKey key) {
			return new KeyResponse(key.id(), key.tenantId().value(), key.name(), key.prefix(), key.role().id(),
					key.createdAt());
		}

	}

	record IssuedKeyResponse(long id, long tenantId, String name, String prefix, String role, String key,
			Instant createdAt) {

		static IssuedKeyResponse of(IssuedKey issued) {
			ApiKey key = issued.key();
			return new IssuedKeyResponse(key.id(), key.tenantId().value(), key.name(), key.prefix(), key.role().id(),
					issued.secret(), key.createdAt());
		}

	}

}
