package com.fanbase.tenants;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** A tenant key asked to act for a tenant other than its own. */
public class TenantMismatchException extends ApiException {

	public TenantMismatchException() {
		super(HttpStatus.FORBIDDEN, "tenant-mismatch", "Tenant mismatch",
				"This key belongs to another tenant than the tenant_id in the request.");
	}

}
