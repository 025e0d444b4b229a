package com.fanbase.admin;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in form sends besides email and password: the authenticator code and, for
 * an email in several workspaces, the workspace (tenant) id. Not kept after the sign-in.
 */
record SignInDetails(String code, String tenantId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static SignInDetails of(HttpServletRequest request) {
		return new SignInDetails(request.getParameter("code"), request.getParameter("tenant_id"));
	}

}
