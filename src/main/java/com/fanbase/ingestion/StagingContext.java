package com.fanbase.ingestion;

import java.time.LocalDate;

/**
 * What staging a row may depend on besides the row itself.
 *
 * @param currency the tenant's currency, for rows that do not name one
 * @param today the current date, for plausibility checks
 */
record StagingContext(String currency, LocalDate today) {

}
