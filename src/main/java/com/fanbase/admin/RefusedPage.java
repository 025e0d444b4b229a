package com.fanbase.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page or action the signed-in role may not use: a 403 with the admin's refusal page
 * (for htmx, the same page's content swapped in place), rendered by
 * {@link RefusedController}.
 */
class RefusedPage implements AccessDeniedHandler {

	static final String PATH = "/admin/refused";

	static final String CSRF = RefusedPage.class.getName() + ".csrf";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		request.setAttribute(CSRF, denied instanceof CsrfException);
		request.getRequestDispatcher(PATH).forward(request, response);
	}

}
