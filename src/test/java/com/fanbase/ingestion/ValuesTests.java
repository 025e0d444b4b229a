package com.fanbase.ingestion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTests {

	@Test
	void readsWholeNumbersFromJsonAndText() {
		assertThat(Values.toLong(7)).isEqualTo(7L);
		assertThat(Values.toLong(9_007_199_254_740_993L)).isEqualTo(9_007_199_254_740_993L);
		assertThat(Values.toLong(" 9223372036854775807 ")).isEqualTo(Long.MAX_VALUE);
		assertThat(Values.toLong("-12")).isEqualTo(-12L);
		assertThat(Values.toLong(4500.0)).isEqualTo(4500L);
		assertThat(Values.toLong(new BigDecimal("12.000"))).isEqualTo(12L);
	}

	@Test
	void refusesWhatIsNotAWholeNumber() {
		assertThat(Values.toLong("9223372036854775808")).isNull();
		assertThat(Values.toLong("12a")).isNull();
		assertThat(Values.toLong("-")).isNull();
		assertThat(Values.toLong("")).isNull();
		assertThat(Values.toLong(12.5)).isNull();
		assertThat(Values.toLong(new BigDecimal("1.5"))).isNull();
		assertThat(Values.toLong(BigInteger.TWO.pow(64))).isNull();
		assertThat(Values.toLong(true)).isNull();
	}

	@Test
	void readsInstantsWithAndWithoutOffsets() {
		assertThat(Values.toInstant("2026-06-01T19:30:00Z")).isEqualTo(Instant.parse("2026-06-01T19:30:00Z"));
		assertThat(Values.toInstant("2026-06-01T19:30:00+02:00")).isEqualTo(Instant.parse("2026-06-01T17:30:00Z"));
		assertThat(Values.toInstant("2026-06-01T19:30:00")).isEqualTo(Instant.parse("2026-06-01T19:30:00Z"));
		assertThat(Values.toInstant("2026-06-01")).isNull();
		assertThat(Values.toInstant("tomorrow")).isNull();
	}

}
