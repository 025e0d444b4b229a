package com.fanbase.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.privacy.AuditEntry;
import com.fanbase.privacy.AuditLog;
import com.fanbase.privacy.AuditQuery;

/** The owner's audit log page: who did what, newest first, 50 a page. */
@Controller
class AuditPagesController {

	static final int PAGE = 50;

	private final AuditLog audit;

	AuditPagesController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@AuthenticationPrincipal AdminUser user,
			@RequestParam(name = "actor_type", required = false) String actorType,
			@RequestParam(required = false) String action, @RequestParam(required = false) Long before, Model model) {
		String type = (actorType != null && actorType.matches("user|key|operator")) ? actorType : null;
		String prefix = (action != null && !action.isBlank() && action.length() <= 300) ? action.strip() : null;
		var entries = this.audit.find(user.tenant(), new AuditQuery(type, null, prefix, null, null, before, PAGE));
		model.addAttribute("entries", entries.stream().map((entry) -> new Row(entry, actor(entry))).toList());
		model.addAttribute("actorType", type);
		model.addAttribute("action", prefix);
		model.addAttribute("next", (entries.size() == PAGE) ? entries.get(entries.size() - 1).id() : null);
		return "admin/audit";
	}

	/** An entry with its actor in words. */
	record Row(AuditEntry entry, String actor) {
	}

	static String actor(AuditEntry entry) {
		return entry.actor().type() + ((entry.actor().id() != null) ? " " + entry.actor().id() : "")
				+ ((entry.actor().role() != null) ? " (" + entry.actor().role().id() + ")" : "");
	}

}
