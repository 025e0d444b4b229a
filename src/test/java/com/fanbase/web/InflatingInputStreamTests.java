package com.fanbase.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Inflation within limits, with small configured caps: the total inflated size, the
 * inflation ratio past the grace, and gzip that is not gzip.
 */
class InflatingInputStreamTests {

	@Test
	void inflatesWithinTheLimits() throws IOException {
		byte[] text = randomText(200_000, 64);

		assertThat(inflate(gzip(text), 1 << 20, 100)).isEqualTo(text);
	}

	@Test
	void stopsAtTheTotalInflatedSize() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		InputStream in = new InflatingInputStream(new ByteArrayInputStream(gzip(randomText(300_000, 64))), request,
				100_000, 1000);

		assertThatExceptionOfType(BodyStreamException.class).isThrownBy(() -> in.readAllBytes())
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(413))
			.withMessageContaining("100000 bytes");
		assertThat(BodyStreamException.raisedBy(request)).isNotNull();
	}

	@Test
	void stopsAtTheInflationRatio() {
		byte[] bomb = gzip(new byte[8 << 20]);
		InputStream in = new InflatingInputStream(new ByteArrayInputStream(bomb), new MockHttpServletRequest(),
				Long.MAX_VALUE, 100);

		assertThatExceptionOfType(BodyStreamException.class).isThrownBy(() -> in.readAllBytes())
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(413))
			.withMessageContaining("100 times");
	}

	@Test
	void refusesBytesThatAreNotGzipAndGzipCutShort() {
		byte[] cut = Arrays.copyOf(gzip(randomText(10_000, 64)), 40);

		for (byte[] body : new byte[][] { "{}".getBytes(), cut, new byte[0] }) {
			InputStream in = new InflatingInputStream(new ByteArrayInputStream(body), new MockHttpServletRequest(),
					1 << 20, 100);
			assertThatExceptionOfType(BodyStreamException.class).isThrownBy(() -> in.readAllBytes())
				.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(400));
		}
	}

	private static byte[] inflate(byte[] gzip, long max, int ratio) throws IOException {
		try (InputStream in = new InflatingInputStream(new ByteArrayInputStream(gzip), new MockHttpServletRequest(),
				max, ratio)) {
			return in.readAllBytes();
		}
	}

	private static byte[] randomText(int length, int alphabet) {
		Random random = new Random(7);
		byte[] text = new byte[length];
		for (int i = 0; i < length; i++) {
			text[i] = (byte) ('0' + random.nextInt(alphabet));
		}
		return text;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
