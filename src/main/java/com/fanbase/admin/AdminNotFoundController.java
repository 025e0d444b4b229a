package com.fanbase.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * An admin address that no page answers gets the admin's own "not found" page rather than
 * the API's problem JSON. Every real page's mapping is more specific than this one, and
 * the static assets are left to the resource handler.
 */
@Controller
class AdminNotFoundController {

	@GetMapping("/admin/{first:(?!assets$).+}/**")
	void notFound() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no admin page at this address.");
	}

}
