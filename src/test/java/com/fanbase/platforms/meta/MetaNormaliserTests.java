package com.fanbase.platforms.meta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.Hashing;

/** Meta's documented examples and the official SDK's normalisation test vectors. */
class MetaNormaliserTests {

	@Test
	void hashesTheDocumentedExamples() {
		assertThat(Hashing.sha256(MetaNormaliser.email("  Mary@Example.com ")))
			.isEqualTo("f1904cf1a9d73a55fa5de0ac823c4403ded71afd4c3248d00bdcd0866552bb79");
		assertThat(Hashing.sha256(MetaNormaliser.phoneDigits("+1 (555) 987-6543")))
			.isEqualTo("1ef970831d7963307784fa8688e8fce101a15685d62aa765fed23f3a2c576a4e");
		assertThat(Hashing.sha256("test1@example.com"))
			.isEqualTo("9b431636bd164765d63c573c346708846af4f68fe3701a77a3bdd7e7e5166254");
	}

	@Test
	void normalisesLikeTheOfficialSdkVectors() {
		assertThat(MetaNormaliser.letters("John")).isEqualTo("john");
		assertThat(MetaNormaliser.letters("   Smith   ")).isEqualTo("smith");
		assertThat(MetaNormaliser.letters("London  ")).isEqualTo("london");
		assertThat(MetaNormaliser.letters("Menlo Park")).isEqualTo("menlopark");
		assertThat(MetaNormaliser.letters("Stanley Park 1234")).isEqualTo("stanleypark");
		assertThat(MetaNormaliser.letters("San José")).isEqualTo("sanjosé");
		assertThat(MetaNormaliser.letters("North Carolina")).isEqualTo("northcarolina");
		assertThat(MetaNormaliser.letters("Washington, D.C.")).isEqualTo("washingtondc");
		assertThat(MetaNormaliser.country("     US   ")).isEqualTo("us");
		assertThat(MetaNormaliser.country("US!")).isEqualTo("us");
		assertThat(MetaNormaliser.country("Germany")).isNull();
		assertThat(MetaNormaliser.zip("98 121-9431")).isEqualTo("98121");
		assertThat(MetaNormaliser.zip("NR9 5AL")).isEqualTo("nr95al");
		assertThat(MetaNormaliser.zip("641041-ABC-XYZ")).isEqualTo("641041");
		assertThat(MetaNormaliser.zip("A")).isNull();
		assertThat(MetaNormaliser.phoneDigits("123-456-7890")).isEqualTo("1234567890");
		assertThat(MetaNormaliser.phoneDigits("(123)-456-7890")).isEqualTo("1234567890");
		assertThat(MetaNormaliser.phoneDigits("   123456-7890   ")).isEqualTo("1234567890");
		assertThat(MetaNormaliser.phoneDigits("12345")).isNull();
		assertThat(MetaNormaliser.email("  foo@foo.com  ")).isEqualTo("foo@foo.com");
		assertThat(MetaNormaliser.email("a@b")).isNull();
		assertThat(MetaNormaliser.twoDigits("1", 31)).isEqualTo("01");
		assertThat(MetaNormaliser.twoDigits("9", 12)).isEqualTo("09");
		assertThat(MetaNormaliser.twoDigits("32", 31)).isNull();
		assertThat(MetaNormaliser.twoDigits("00", 31)).isNull();
		assertThat(MetaNormaliser.twoDigits("001", 31)).isNull();
		assertThat(MetaNormaliser.twoDigits("1b", 31)).isNull();
		assertThat(MetaNormaliser.year("2000")).isEqualTo("2000");
		assertThat(MetaNormaliser.year("10")).isNull();
		assertThat(MetaNormaliser.year("12345")).isNull();
	}

	@Test
	void phonesGetTheCountryCodeWithoutPlusFromTheCustomersCountry() {
		Contact local = new Contact(1, null, "044 668 18 00", null, "CH", null, null);
		assertThat(MetaNormaliser.phone(local)).isEqualTo("41446681800");
		Contact unparseable = new Contact(2, null, "not a phone", null, "CH", null, null);
		assertThat(MetaNormaliser.phone(unparseable)).isNull();
	}

}
