package com.fanbase.admin;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sections whose pages are still to come answer with a short note rather than a
 * broken link.
 */
@Controller
class ComingSoonController {

	private static final Map<String, String[]> SECTIONS = Map.of("campaigns",
			new String[] { "Campaigns", "Email and ad campaigns, their schedule, results and revenue." });

	@GetMapping("/admin/{section:campaigns}")
	String comingSoon(@PathVariable String section, Model model) {
		String[] page = SECTIONS.get(section);
		model.addAttribute("pageTitle", page[0]);
		model.addAttribute("blurb", page[1]);
		return "admin/coming-soon";
	}

}
