package com.fanbase.profiles.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The CDNOW sample (Fader &amp; Hardie) reduced to per-customer statistics the way the
 * papers do it: purchases on the same day merge into one transaction, the calibration
 * period ends on 1997-09-30 and times are in weeks (days / 7).
 */
final class CdnowData {

	static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

	/** The published summary rounds times and means to two decimals. */
	private static final double SUMMARY_PRECISION = 0.005 + 1e-9;

	private CdnowData() {
	}

	/**
	 * @param history calibration-period purchase statistics, in weeks
	 * @param spend calibration-period repeat transactions and their mean value
	 * @param holdoutPurchases transactions after the calibration period
	 */
	record Customer(int id, CustomerHistory history, SpendHistory spend, int holdoutPurchases) {

	}

	/**
	 * Reads {@code CDNOW_sample.txt}: whitespace-separated master id, sample id, date
	 * {@code YYYYMMDD}, number of CDs and dollar value, one purchase a line.
	 */
	static List<Customer> read(Path transactions) throws IOException {
		Map<Integer, NavigableMap<LocalDate, Double>> days = new TreeMap<>();
		for (String line : Files.readAllLines(transactions)) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length < 5) {
				continue;
			}
			LocalDate date = LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE);
			days.computeIfAbsent(Integer.parseInt(fields[1]), (id) -> new TreeMap<>())
				.merge(date, Double.parseDouble(fields[4]), Double::sum);
		}
		List<Customer> customers = new ArrayList<>(days.size());
		days.forEach((id, purchases) -> customers.add(customer(id, purchases)));
		return customers;
	}

	private static Customer customer(int id, NavigableMap<LocalDate, Double> purchases) {
		LocalDate first = purchases.firstKey();
		NavigableMap<LocalDate, Double> calibration = purchases.headMap(CALIBRATION_END, true);
		int x = calibration.size() - 1;
		double tx = weeks(first, calibration.lastKey());
		double age = weeks(first, CALIBRATION_END);
		double repeatValue = calibration.tailMap(first, false).values().stream().mapToDouble(Double::doubleValue).sum();
		SpendHistory spend = new SpendHistory(x, (x > 0) ? repeatValue / x : 0);
		int holdout = purchases.size() - calibration.size();
		return new Customer(id, new CustomerHistory(x, tx, age), spend, holdout);
	}

	private static double weeks(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) / 7.0;
	}

	/**
	 * Compares the statistics with {@code cdnow_customers_summary_with_transactions.csv}
	 * ({@code ID,x,t_x,T,zbar}).
	 * @return the ids of customers who differ or are missing on either side
	 */
	static List<Integer> mismatches(List<Customer> customers, Path summary) throws IOException {
		Map<Integer, double[]> published = new HashMap<>();
		List<String> lines = Files.readAllLines(summary);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.trim().split(",");
			double[] values = new double[4];
			for (int i = 0; i < 4; i++) {
				values[i] = Double.parseDouble(fields[i + 1]);
			}
			published.put(Integer.parseInt(fields[0]), values);
		}
		List<Integer> mismatches = new ArrayList<>();
		for (Customer customer : customers) {
			double[] expected = published.remove(customer.id());
			if (expected == null || !matches(customer, expected)) {
				mismatches.add(customer.id());
			}
		}
		mismatches.addAll(published.keySet());
		return mismatches;
	}

	private static boolean matches(Customer customer, double[] expected) {
		CustomerHistory history = customer.history();
		return history.x() == expected[0] && Math.abs(history.tx() - expected[1]) <= SUMMARY_PRECISION
				&& Math.abs(history.T() - expected[2]) <= SUMMARY_PRECISION
				&& Math.abs(customer.spend().meanValue() - expected[3]) <= SUMMARY_PRECISION;
	}

}
