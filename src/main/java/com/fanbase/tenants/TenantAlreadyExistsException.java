package com.fanbase.tenants;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class TenantAlreadyExistsException extends ApiException {

	public TenantAlreadyExistsException(TenantId id) {
		super(HttpStatus.CONFLICT, "tenant-exists", "Tenant already exists", "Tenant " + id + " already exists.");
	}

}
