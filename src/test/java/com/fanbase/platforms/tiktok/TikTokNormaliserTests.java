package com.fanbase.platforms.tiktok;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.Hashing;

/** TikTok's help-centre examples. */
class TikTokNormaliserTests {

	@Test
	void hashesTheHelpCentreExamples() {
		assertThat(Hashing.sha256(TikTokNormaliser.email("janedoe@gmail.com")))
			.isEqualTo("d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69");
		assertThat(Hashing.sha256(TikTokNormaliser.phoneDigits("374-93-828222")))
			.isEqualTo("65b7e6dcf6f4310f8d7cbfbd78289a753062fb054d6664fb9aaac5df66a422d4");
		assertThat(Hashing.sha256("5f3a2b18-9c4d-4e7f-b8e2-17d3a1e69b25"))
			.isEqualTo("83dc3f5f32b9472613b0f038d36f22585a609d018af6f6067f50da318bf354bd");
	}

	@Test
	void removesPlusSuffixAndDotsOnEveryDomain() {
		assertThat(TikTokNormaliser.email(" Jane.Doe+tickets@Example.org ")).isEqualTo("janedoe@example.org");
		assertThat(TikTokNormaliser.email("jane@doe@example.org")).isNull();
	}

	@Test
	void phonesAreDigitsWithCountryCode() {
		assertThat(TikTokNormaliser.phone(new Contact(1, null, "(657)777-0000", null, "US", null, null)))
			.isEqualTo("16577770000");
		assertThat(TikTokNormaliser.phone(new Contact(1, null, "+374 93 828222", null, "AM", null, null)))
			.isEqualTo("37493828222");
		assertThat(TikTokNormaliser.phoneDigits("374-93-828222")).isEqualTo("37493828222");
	}

}
