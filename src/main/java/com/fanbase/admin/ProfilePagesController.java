package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.ingestion.CoreRecords;
import com.fanbase.profiles.ProfileNotFoundException;
import com.fanbase.profiles.ProfileQuery;
import com.fanbase.profiles.Profiles;
import com.fanbase.tenants.TenantId;

/**
 * Profiles: a searchable, sortable, paged list, and one customer's profile with the
 * records behind it.
 */
@Controller
class ProfilePagesController {

	static final int PAGE_SIZE = 25;

	private static final int ORDERS_SHOWN = 20;

	private final Profiles profiles;

	private final CoreRecords records;

	ProfilePagesController(Profiles profiles, CoreRecords records) {
		this.profiles = profiles;
		this.records = records;
	}

	@GetMapping("/admin/profiles")
	String list(@AuthenticationPrincipal AdminUser user, @RequestParam Map<String, String> parameters, Model model) {
		ProfileListRequest request = ProfileListRequest.of(parameters);
		List<Map<String, Object>> rows = this.profiles.list(user.tenant(), new ProfileQuery(request.sort(),
				request.descending(), request.filters(), request.page() * PAGE_SIZE, PAGE_SIZE + 1));
		model.addAttribute("request", request);
		model.addAttribute("profiles", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("columns", ProfileListRequest.COLUMNS);
		return "admin/profiles/list";
	}

	@GetMapping("/admin/profiles/{customerId}")
	String detail(@AuthenticationPrincipal AdminUser user, @PathVariable long customerId, Model model) {
		TenantId tenant = user.tenant();
		Map<String, Object> profile = this.profiles.find(tenant, customerId)
			.orElseThrow(() -> new ProfileNotFoundException("customer", customerId));
		List<Map<String, Object>> orders = this.records.orders(tenant, customerId, null, 0, ORDERS_SHOWN);
		Map<Object, Object> eventNames = new LinkedHashMap<>();
		orders.stream()
			.map((order) -> order.get("event_id"))
			.filter(Objects::nonNull)
			.distinct()
			.forEach((eventId) -> this.records.event(tenant, ((Number) eventId).longValue())
				.ifPresent((event) -> eventNames.put(eventId, event.get("name"))));
		model.addAttribute("profile", profile);
		model.addAttribute("customer", this.records.customer(tenant, customerId).orElse(Map.of()));
		model.addAttribute("orders", orders);
		model.addAttribute("eventNames", eventNames);
		model.addAttribute("churnModel", this.profiles.model(tenant).orElse(null));
		model.addAttribute("explanations", Profiles.EXPLANATIONS);
		return "admin/profiles/detail";
	}

}
