package com.fanbase.ingestion;

import java.util.List;

/**
 * How one kind of record is validated, staged and merged. Each kind names its staging
 * table and statements, and writes the table's columns in order in {@link #stage}.
 */
abstract class RecordType {

	private final RecordKind kind;

	private final String stagingTable;

	private final String stagingDdl;

	private final Statements statements;

	/**
	 * The statements of a kind.
	 *
	 * @param unresolved removes staged rows that refer to records the tenant does not
	 * have, returning {@code line, id, missing} where {@code missing} names the offending
	 * fields; empty when the kind refers to nothing
	 * @param merge upserts the staged rows, binding {@code :tenant} and {@code :now}
	 * @param afterMerge run after the merge in the same transaction, binding
	 * {@code :tenant}
	 */
	record Statements(String unresolved, String merge, List<String> afterMerge) {
	}

	RecordType(RecordKind kind, String stagingTable, String stagingDdl, Statements statements) {
		this.kind = kind;
		this.stagingTable = stagingTable;
		this.stagingDdl = stagingDdl;
		this.statements = statements;
	}

	RecordKind kind() {
		return this.kind;
	}

	/** Creates the session's staging table, a temporary table emptied at every commit. */
	String stagingDdl() {
		return this.stagingDdl;
	}

	String copySql() {
		return "copy " + this.stagingTable + " from stdin";
	}

	String unresolvedSql() {
		return this.statements.unresolved();
	}

	String mergeSql() {
		return this.statements.merge();
	}

	List<String> afterMergeSql() {
		return this.statements.afterMerge();
	}

	/**
	 * Whether batches of this kind publish {@link RecordsChanged}; the merge statement of
	 * such a kind returns the ids it inserted or changed.
	 */
	boolean announcesChanges() {
		return false;
	}

	/**
	 * Reads one row and, when every field is valid, writes its staging columns (after the
	 * line number, which the caller has written).
	 */
	abstract void stage(Fields row, CopyRows out, StagingContext context);

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
