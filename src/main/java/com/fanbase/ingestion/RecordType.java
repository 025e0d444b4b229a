package com.fanbase.ingestion;

import java.util.List;

/**
 * How one kind of record is validated, staged and merged. Each implementation owns its
 * staging table's columns and writes them in that order in {@link #stage}.
 */
interface RecordType {

	RecordKind kind();

	/** Creates the session's staging table, a temporary table emptied at every commit. */
	String stagingDdl();

	/** The session's staging table, which {@link #stagingDdl()} creates. */
	String stagingTable();

	default String copySql() {
		return "copy " + stagingTable() + " from stdin";
	}

	/**
	 * Reads one row and, when every field is valid, writes its staging columns (after the
	 * line number, which the caller has written).
	 */
	void stage(Fields row, CopyRows out, StagingContext context);

	/**
	 * Removes staged rows that refer to records the tenant does not have, returning
	 * {@code line, id, missing} where {@code missing} names the offending fields. Empty
	 * when the kind refers to nothing.
	 */
	default String unresolvedSql() {
		return "";
	}

	/** Upserts the staged rows; binds {@code :tenant} and {@code :now}. */
	String mergeSql();

	/**
	 * Statements run after the merge in the same transaction, binding {@code :tenant}.
	 */
	default List<String> afterMergeSql() {
		return List.of();
	}

	/**
	 * Appends the customers a batch touched to the change log that keeps their profiles
	 * fresh.
	 */
	static String markChangedCustomers(String stagingTable, String customerColumn) {
		return """
				insert into customer_changes (tenant_id, customer_id)
				select distinct :tenant, %s from %s order by 2
				on conflict do nothing
				""".formatted(customerColumn, stagingTable);
	}

}
