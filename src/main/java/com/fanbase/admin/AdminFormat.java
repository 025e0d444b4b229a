package com.fanbase.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How the admin pages show numbers, money and times ({@code ${@adminFormat.money(...)}}
 * in templates). Times are shown in UTC, as stored.
 */
@Component
public class AdminFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	AdminFormat(Clock clock) {
		this.clock = clock;
	}

	public String count(Number value) {
		return (value != null) ? NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value) : "–";
	}

	public String money(Number cents, String currency) {
		if (cents == null) {
			return "–";
		}
		BigDecimal major = BigDecimal.valueOf(cents.longValue()).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(major) + " " + ((currency != null) ? currency : "");
	}

	public String decimal(Number value, int digits) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(digits);
		return format.format(value);
	}

	public String time(Object value) {
		if (value instanceof Instant instant) {
			return TIME.format(instant);
		}
		return (value != null) ? value.toString() : "–";
	}

	/**
	 * A lag in seconds as the freshness of members: "12 s ago", "4 min ago", "2 h ago";
	 * "–" when unknown.
	 */
	public String lag(Long seconds) {
		if (seconds == null) {
			return "–";
		}
		if (seconds < 120) {
			return seconds + " s ago";
		}
		if (seconds < 7200) {
			return (seconds / 60) + " min ago";
		}
		return (seconds < 172_800) ? (seconds / 3600) + " h ago" : (seconds / 86_400) + " days ago";
	}

	/** How long ago, roughly: "just now", "5 min ago", "3 h ago", "12 days ago". */
	public String ago(Instant instant) {
		if (instant == null) {
			return "never";
		}
		Duration age = Duration.between(instant, this.clock.instant());
		if (age.toMinutes() < 1) {
			return "just now";
		}
		if (age.toHours() < 1) {
			return age.toMinutes() + " min ago";
		}
		if (age.toDays() < 1) {
			return age.toHours() + " h ago";
		}
		return age.toDays() + ((age.toDays() == 1) ? " day ago" : " days ago");
	}

	/** A whole percentage of part in total, 0 when the total is unknown or zero. */
	public long percent(Number part, Number total) {
		if (part == null || total == null || total.longValue() <= 0) {
			return 0;
		}
		return Math.min(100, Math.round(100.0 * part.longValue() / total.longValue()));
	}

}
