package com.fanbase.tenants;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The operator key acts for a tenant only when the request names one. */
public class TenantRequiredException extends ApiException {

	public TenantRequiredException() {
		super(HttpStatus.BAD_REQUEST, "tenant-required", "Tenant required",
				"The operator key acts for the tenant named by tenant_id; this request names none.");
	}

}
