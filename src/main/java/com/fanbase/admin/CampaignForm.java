package com.fanbase.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fanbase.campaigns.Campaign;
import com.fanbase.campaigns.CampaignChanges;
import com.fanbase.campaigns.CampaignDraft;
import com.fanbase.campaigns.CampaignType;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * The campaign form as typed: every field is text, so a bad value is shown back beside
 * its field instead of failing the binding. Money is in major units ("250.00"), the
 * schedule a {@code datetime-local} value read as UTC. Problems, the form's own and the
 * service's (by JSON pointer), are shown beside the field they concern: {@link #field}.
 */
record CampaignForm(String name, String type, String segmentId, String eventId, List<String> channels, String subject,
		String senderName, String senderEmail, String htmlContent, String scheduledAt, String holdoutPercent,
		String budget, String cost) {

	static final List<String> EMAIL_FIELDS = List.of("subject", "sender_name", "sender_email", "html_content");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** The form field of an API pointer; null for problems that belong to no field. */
	static String field(String pointer) {
		String key = pointer.replaceFirst("^/(settings/)?", "").replaceFirst("/.*$", "");
		return switch (key) {
			case "name", "subject", "sender_name", "sender_email", "html_content", "scheduled_at", "holdout_percent",
					"channels" ->
				key;
			case "campaign_type" -> "type";
			case "segment_id", "event_id" -> key;
			case "budget_cents" -> "budget";
			case "cost_cents" -> "cost";
			default -> null;
		};
	}

	static CampaignForm blank() {
		return new CampaignForm("", "email", "", "", List.of(), "", "", "", "", "", "0", "", "");
	}

	static CampaignForm of(Campaign campaign) {
		Object listed = campaign.settings().get("channels");
		List<String> channels = (listed instanceof List<?> ids) ? ids.stream().map(String::valueOf).toList()
				: List.of();
		return new CampaignForm(campaign.name(), campaign.type().id(), String.valueOf(campaign.segmentId()),
				(campaign.eventId() != null) ? String.valueOf(campaign.eventId()) : "", channels,
				text(campaign.setting("subject")), text(campaign.setting("sender_name")),
				text(campaign.setting("sender_email")), text(campaign.setting("html_content")),
				(campaign.scheduledAt() != null) ? LOCAL.format(campaign.scheduledAt().atOffset(ZoneOffset.UTC)) : "",
				String.valueOf(campaign.holdoutPercent()), major(campaign.budgetCents()), major(campaign.costCents()));
	}

	/** The form's values read, or every problem with them by field. */
	record Values(CampaignType type, Long segmentId, Long eventId, Map<String, Object> settings, Instant scheduledAt,
			int holdoutPercent, Long budgetCents, Long costCents) {
	}

	Values read() {
		List<FieldProblem> problems = new ArrayList<>();
		CampaignType campaignType = CampaignType.find(text(this.type)).orElse(null);
		if (campaignType == null) {
			problems.add(new FieldProblem("/campaign_type", "choose a type"));
		}
		Long segment = number(problems, "/segment_id", this.segmentId);
		if (segment == null && text(this.segmentId).isEmpty()) {
			problems.add(new FieldProblem("/segment_id", "choose a segment"));
		}
		Long event = number(problems, "/event_id", this.eventId);
		Long holdout = number(problems, "/holdout_percent", this.holdoutPercent);
		Instant schedule = schedule(problems);
		Long budgetCents = cents(problems, "/budget_cents", this.budget);
		Long costCents = cents(problems, "/cost_cents", this.cost);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Values(campaignType, segment, event, settings(campaignType), schedule,
				(holdout != null) ? holdout.intValue() : 0, budgetCents, costCents);
	}

	CampaignDraft draft() {
		Values values = read();
		Map<String, Object> settings = new HashMap<>(values.settings());
		settings.values().removeIf(Objects::isNull);
		return new CampaignDraft(values.segmentId(), values.eventId(), text(this.name), values.type(), settings,
				values.scheduledAt(), values.budgetCents(), values.costCents(), values.holdoutPercent());
	}

	/**
	 * The changes to {@code campaign}: every field is sent, email fields left empty are
	 * removed, and the schedule only when it moved (an unchanged schedule now in the past
	 * is not "in the past" news).
	 */
	CampaignChanges changes(Campaign campaign) {
		Values values = read();
		Instant current = (campaign.scheduledAt() != null) ? campaign.scheduledAt().truncatedTo(ChronoUnit.MINUTES)
				: null;
		boolean moved = values.scheduledAt() != null && !values.scheduledAt().equals(current);
		return new CampaignChanges(text(this.name), values.segmentId(), values.eventId(), values.eventId() == null,
				values.settings(), moved ? values.scheduledAt() : null,
				values.scheduledAt() == null && campaign.scheduledAt() != null, values.budgetCents(),
				values.costCents(), values.holdoutPercent());
	}

	public boolean hasChannel(String channel) {
		return this.channels != null && this.channels.contains(channel);
	}

	/**
	 * Email fields (null when empty or when no channel is email, which removes them on an
	 * edit) and the channels of a multi-channel campaign.
	 */
	private Map<String, Object> settings(CampaignType campaignType) {
		Map<String, Object> settings = new HashMap<>();
		boolean email = campaignType == CampaignType.EMAIL
				|| (campaignType == CampaignType.MULTI_CHANNEL && hasChannel("email"));
		List<String> values = List.of(text(this.subject), text(this.senderName), text(this.senderEmail),
				(this.htmlContent != null) ? this.htmlContent : "");
		for (int i = 0; i < EMAIL_FIELDS.size(); i++) {
			settings.put(EMAIL_FIELDS.get(i), (email && !values.get(i).isBlank()) ? values.get(i) : null);
		}
		if (campaignType == CampaignType.MULTI_CHANNEL) {
			settings.put("channels", (this.channels != null) ? List.copyOf(this.channels) : List.of());
		}
		return settings;
	}

	private Instant schedule(List<FieldProblem> problems) {
		String text = text(this.scheduledAt);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("/scheduled_at", "must be a date and time such as 2026-12-01T18:00"));
			return null;
		}
	}

	private static Long number(List<FieldProblem> problems, String pointer, String value) {
		String text = text(value);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(pointer, "must be a whole number"));
			return null;
		}
	}

	/**
	 * An amount in major units as cents, null when empty; a bad amount is refused at the
	 * pointer.
	 */
	static Long cents(String pointer, String value) {
		List<FieldProblem> problems = new ArrayList<>();
		Long cents = cents(problems, pointer, value);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return cents;
	}

	private static Long cents(List<FieldProblem> problems, String pointer, String value) {
		String text = text(value).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.scale() > 2 || amount.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
				problems.add(new FieldProblem(pointer, "must be an amount with at most two decimals"));
				return null;
			}
			return amount.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problems.add(new FieldProblem(pointer, "must be an amount such as 250.00"));
			return null;
		}
	}

	private static String major(Long cents) {
		return (cents != null) ? BigDecimal.valueOf(cents).movePointLeft(2).toPlainString() : "";
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
