package com.fanbase.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, appendix B: every test vector, for each of the three hashes. */
	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(seed(32), step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(seed(64), step, 8, "HmacSHA512")).isEqualTo(sha512);
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = Totp.step(now);

		assertThat(Totp.verify(secret, Totp.code(secret, step - 1, 6, "HmacSHA1"), now, null)).hasValue(step - 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step + 1, 6, "HmacSHA1"), now, null)).hasValue(step + 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step + 2, 6, "HmacSHA1"), now, null)).isEmpty();
		assertThat(Totp.verify(secret, Totp.code(secret, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
	}

	@Test
	void aCodeWorksOnce() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		String code = Totp.code(secret, Totp.step(now), 6, "HmacSHA1");

		assertThat(Totp.verify(secret, code, now, Totp.step(now))).isEmpty();
		assertThat(Totp.verify(secret, code, now, Totp.step(now) - 1)).isPresent();
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.now();
		assertThat(Totp.verify(secret, null, now, null)).isEmpty();
		assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
		assertThat(Totp.verify(secret, "abcdef", now, null)).isEmpty();
	}

	/** RFC 4648's base32 test vectors, both ways. */
	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32IsRfc4648WithoutPadding(String plain, String encoded) {
		assertThat(Totp.base32(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(new String(Totp.fromBase32(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
	}

	@Test
	void theOtpauthLinkNamesTheSecretAndTheAccount() {
		byte[] secret = "foobar".getBytes(StandardCharsets.US_ASCII);
		assertThat(Totp.otpauthUri("Fanbase Arena", "ana@example.com", secret))
			.isEqualTo("otpauth://totp/Fanbase%20Arena%3Aana%40example.com?secret=MZXW6YTBOI&issuer=Fanbase+Arena"
					+ "&digits=6&period=30");
	}

	private static byte[] seed(int length) {
		return "1234567890".repeat(7).substring(0, length).getBytes(StandardCharsets.US_ASCII);
	}

}
