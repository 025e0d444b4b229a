package com.fanbase.platforms.google;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.Hashing;

/** The official Data Manager formatter's test vectors. */
class GoogleNormaliserTests {

	@Test
	void formatsEmailsWithTheGmailRule() {
		assertThat(GoogleNormaliser.email("QuinnY@EXAMPLE.com")).isEqualTo("quinny@example.com");
		assertThat(GoogleNormaliser.email("user.name+NYC@Example.com")).isEqualTo("user.name+nyc@example.com");
		assertThat(GoogleNormaliser.email("jefferson.Loves.hiking@gmail.com"))
			.isEqualTo("jeffersonloveshiking@gmail.com");
		assertThat(GoogleNormaliser.email("j.e.f..ferson.Loves.hiking@gmail.com"))
			.isEqualTo("jeffersonloveshiking@gmail.com");
		assertThat(GoogleNormaliser.email("jefferson.Loves.hiking@googlemail.com"))
			.isEqualTo("jeffersonloveshiking@googlemail.com");
		assertThat(GoogleNormaliser.email("Cloudy.SanFrancisco+shopping@gmail.com"))
			.isEqualTo("cloudysanfrancisco@gmail.com");
		for (String email : new String[] { "alexz@example.com", "  ALEXZ@example.com   ", "  alexz@EXAMPLE.com   " }) {
			assertThat(Hashing.sha256(GoogleNormaliser.email(email)))
				.isEqualTo("509E933019BB285A134A9334B8BB679DFF79D0CE023D529AF4BD744D47B4FD8A".toLowerCase());
		}
		assertThat(GoogleNormaliser.email("@example.com")).isNull();
		assertThat(GoogleNormaliser.email("quinn")).isNull();
		assertThat(GoogleNormaliser.email("qu inn@example.com")).isNull();
	}

	@Test
	void formatsPhonesAsE164WithPlus() {
		for (String phone : new String[] { "1 800 555 0100", "18005550100", "+1 800-555-0100", "   +1-800-555-0100",
				"1-800-555-0100   ", "(800)555-0100" }) {
			String e164 = GoogleNormaliser.phone(new Contact(1, null, phone, null, "US", null, null));
			assertThat(e164).as(phone).isEqualTo("+18005550100");
			assertThat(Hashing.sha256(e164))
				.isEqualTo("FB4F73A6EC5FDB7077D564CDD22C3554B43CE49168550C3B12C547B78C517B30".toLowerCase());
		}
		assertThat(GoogleNormaliser.phone(new Contact(1, null, "+44-113-496-0987", null, "US", null, null)))
			.isEqualTo("+441134960987");
		assertThat(GoogleNormaliser.phone(new Contact(1, null, "+abc-DEF", null, "US", null, null))).isNull();
		assertThat(GoogleNormaliser.phone(new Contact(1, null, "++++", null, "US", null, null))).isNull();
	}

	@Test
	void formatsNamesRegionsAndPostalCodes() {
		assertThat(GoogleNormaliser.givenName(" Mr. Alex ")).isEqualTo("alex");
		assertThat(GoogleNormaliser.givenName(" Dr. Alex   ")).isEqualTo("alex");
		assertThat(GoogleNormaliser.givenName(" Alex Dr.")).isEqualTo("alex");
		assertThat(GoogleNormaliser.givenName(" Mralex   ")).isEqualTo("mralex");
		assertThat(GoogleNormaliser.givenName(" Mr. ")).isNull();
		assertThat(GoogleNormaliser.familyName(" Quinn, Jr.   ")).isEqualTo("quinn");
		assertThat(GoogleNormaliser.familyName("quinn, jr., dds")).isEqualTo("quinn");
		assertThat(GoogleNormaliser.familyName(" Quinn Sr.  ")).isEqualTo("quinn");
		assertThat(GoogleNormaliser.familyName("Quinn-Alex")).isEqualTo("quinn-alex");
		assertThat(GoogleNormaliser.familyName("Boardds")).isEqualTo("boardds");
		assertThat(GoogleNormaliser.familyName("lacparm")).isEqualTo("lacparm");
		assertThat(GoogleNormaliser.familyName(", Jr. ")).isNull();
		assertThat(Hashing.sha256(GoogleNormaliser.familyName("  GivenName  ")))
			.isEqualTo("128A07BFE2DF877C52076E60D7774CF5BAAA046C5A6C48DAF30FF43ECCA2F814".toLowerCase());
		assertThat(Hashing.sha256(GoogleNormaliser.familyName("  FamilyName ")))
			.isEqualTo("77762C287E61CE065BEE5C15464012C6FBE088398B8057627D5577249430D574".toLowerCase());
		assertThat(GoogleNormaliser.region(" uS ")).isEqualTo("US");
		assertThat(GoogleNormaliser.region("usa")).isNull();
		assertThat(GoogleNormaliser.region("u2")).isNull();
		assertThat(GoogleNormaliser.postalCode("  1229-076  ")).isEqualTo("1229-076");
	}

}
