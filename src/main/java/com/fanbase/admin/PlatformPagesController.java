package com.fanbase.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.platforms.CredentialSpec;
import com.fanbase.platforms.CredentialView;
import com.fanbase.platforms.Credentials;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformCredentials;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * The export platforms: whether each is configured and its credentials work, retention
 * and limits, and a form per platform to set (secrets shown only masked) or remove its
 * credentials.
 */
@Controller
class PlatformPagesController {

	private final PlatformCredentials credentials;

	private final Platforms platforms;

	PlatformPagesController(PlatformCredentials credentials, Platforms platforms) {
		this.credentials = credentials;
		this.platforms = platforms;
	}

	/** A credential field on the form; {@code value} is empty for secrets. */
	record Field(String name, String label, boolean required, boolean secret, String value, String shown) {
	}

	/** One platform as the page shows it. */
	record Row(Platform platform, String label, CredentialView view, int addLimit, int removeLimit,
			List<Field> fields) {
	}

	@GetMapping("/admin/exports/platforms")
	String page(@AuthenticationPrincipal AdminUser user, Model model) {
		model.addAttribute("platforms", rows(user.tenant()));
		return "admin/exports/platforms";
	}

	@PostMapping("/admin/exports/platforms/{platform}")
	String save(@AuthenticationPrincipal AdminUser user, @PathVariable String platform,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		TenantId tenant = user.tenant();
		Platform target = platform(platform);
		CredentialSpec spec = this.platforms.adapter(target).credentialSpec();
		Map<String, String> kept = this.credentials.find(tenant, target).map(Credentials::fields).orElse(Map.of());
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String name : names(spec)) {
			String value = Optional.ofNullable(form.getFirst(name)).map(String::strip).orElse("");
			if (value.isEmpty() && spec.secret().contains(name) && kept.containsKey(name)) {
				value = kept.get(name);
			}
			if (!value.isEmpty()) {
				fields.put(name, value);
			}
			else if (spec.required().contains(name)) {
				missing.add(label(name));
			}
		}
		String problem = problem(missing, this.platforms.adapter(target).credentialProblems(fields));
		if (problem != null) {
			redirect.addFlashAttribute("error", target.label() + ": " + problem);
			return "redirect:/admin/exports/platforms";
		}
		this.credentials.save(tenant, target, fields, spec);
		redirect.addFlashAttribute("notice",
				"Saved the " + target.label() + " credentials. They are checked the first time an export uses them.");
		return "redirect:/admin/exports/platforms";
	}

	@PostMapping("/admin/exports/platforms/{platform}/delete")
	String delete(@AuthenticationPrincipal AdminUser user, @PathVariable String platform, RedirectAttributes redirect) {
		Platform target = platform(platform);
		boolean removed = this.credentials.delete(user.tenant(), target);
		redirect.addFlashAttribute("notice", removed ? "Removed the " + target.label() + " credentials."
				: target.label() + " had no credentials to remove.");
		return "redirect:/admin/exports/platforms";
	}

	private static String problem(List<String> missing, Map<String, String> problems) {
		if (!missing.isEmpty()) {
			return String.join(", ", missing) + ((missing.size() == 1) ? " is" : " are") + " required.";
		}
		return problems.entrySet()
			.stream()
			.findFirst()
			.map((problem) -> label(problem.getKey()) + " " + problem.getValue() + ".")
			.orElse(null);
	}

	private List<Row> rows(TenantId tenant) {
		List<Row> rows = new ArrayList<>();
		for (Platform platform : this.platforms.all()) {
			var adapter = this.platforms.adapter(platform);
			CredentialSpec spec = adapter.credentialSpec();
			CredentialView view = this.credentials.view(tenant, platform).orElse(null);
			List<Field> fields = names(spec).stream().map((name) -> {
				String stored = (view != null) ? view.fields().get(name) : null;
				boolean secret = spec.secret().contains(name);
				return new Field(name, label(name), spec.required().contains(name), secret,
						(secret || stored == null) ? "" : stored, stored);
			}).toList();
			rows.add(new Row(platform, platform.label(), view, adapter.limits().add(), adapter.limits().remove(),
					fields));
		}
		return rows;
	}

	private static List<String> names(CredentialSpec spec) {
		return Stream.concat(spec.required().stream().sorted(), spec.optional().stream().sorted()).toList();
	}

	private Platform platform(String id) {
		return this.platforms.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no platform " + id + "."));
	}

	static String label(String field) {
		String words = field.replace('_', ' ').replace(" id", " ID").replace("api ", "API ");
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
