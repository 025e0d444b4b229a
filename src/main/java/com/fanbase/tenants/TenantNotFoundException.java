package com.fanbase.tenants;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class TenantNotFoundException extends ApiException {

	public TenantNotFoundException(TenantId id) {
		super(HttpStatus.NOT_FOUND, "tenant-not-found", "Tenant not found", "There is no tenant " + id + ".");
	}

}
