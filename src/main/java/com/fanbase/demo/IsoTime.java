package com.fanbase.demo;

/**
 * Calendar arithmetic and ISO-8601 text for epoch seconds in UTC.
 * <p>
 * {@code Instant.toString()} goes through a {@code DateTimeFormatter} and would dominate
 * the cost of an order row, so the civil-date conversion (Howard Hinnant's algorithm) is
 * done by hand. Years are assumed to have four digits.
 */
final class IsoTime {

	static final long MINUTE = 60;

	static final long HOUR = 3_600;

	static final long DAY = 86_400;

	private IsoTime() {
	}

	/** {@code 2026-06-14T19:30:00Z}. */
	static String instant(long epochSecond) {
		char[] text = new char[20];
		long day = Math.floorDiv(epochSecond, DAY);
		int second = (int) (epochSecond - day * DAY);
		writeDate(text, day);
		text[10] = 'T';
		two(text, 11, second / 3600);
		text[13] = ':';
		two(text, 14, second / 60 % 60);
		text[16] = ':';
		two(text, 17, second % 60);
		text[19] = 'Z';
		return new String(text);
	}

	/** {@code 1988-02-29}. */
	static String date(long epochDay) {
		char[] text = new char[10];
		writeDate(text, epochDay);
		return new String(text);
	}

	/** Month of the year, 1 to 12. */
	static int month(long epochDay) {
		return (int) (civil(epochDay) >>> 5 & 0xF);
	}

	static int year(long epochDay) {
		return (int) (civil(epochDay) >> 9);
	}

	/** ISO day of week: Monday is 1, Sunday is 7. */
	static int dayOfWeek(long epochDay) {
		return (int) Math.floorMod(epochDay + 3, 7L) + 1;
	}

	/** The epoch day of a civil date. */
	static long epochDay(int year, int month, int day) {
		int y = (month <= 2) ? year - 1 : year;
		int era = Math.floorDiv(y, 400);
		int yearOfEra = y - era * 400;
		int monthIndex = (month + 9) % 12;
		int dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
		int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097L + dayOfEra - 719_468;
	}

	private static void writeDate(char[] text, long epochDay) {
		long civil = civil(epochDay);
		int year = (int) (civil >> 9);
		two(text, 0, year / 100);
		two(text, 2, year % 100);
		text[4] = '-';
		two(text, 5, (int) (civil >>> 5 & 0xF));
		text[7] = '-';
		two(text, 8, (int) (civil & 0x1F));
	}

	/** Year, month and day packed as {@code year << 9 | month << 5 | day}. */
	private static long civil(long epochDay) {
		long z = epochDay + 719_468;
		long era = Math.floorDiv(z, 146_097L);
		long dayOfEra = z - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthIndex = (5 * dayOfYear + 2) / 153;
		long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
		long month = (monthIndex < 10) ? monthIndex + 3 : monthIndex - 9;
		long year = yearOfEra + era * 400 + ((month <= 2) ? 1 : 0);
		return year << 9 | month << 5 | day;
	}

	private static void two(char[] text, int at, int value) {
		text[at] = (char) ('0' + value / 10);
		text[at + 1] = (char) ('0' + value % 10);
	}

}
