package com.fanbase.platforms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

	@TempDir
	Path dir;

	@Test
	void refusesKeysThatAreNotThirtyTwoBytesOfBase64() {
		assertThatThrownBy(() -> SecretBox.keyBytes(Base64.getEncoder().encodeToString(new byte[16]), this.dir, ""))
			.hasMessageContaining("exactly 32 bytes");
		assertThatThrownBy(() -> SecretBox.keyBytes("not base64!", this.dir, "")).hasMessageContaining("base64");
	}

	@Test
	void requiresTheKeyWithAnExternalDatabase() {
		assertThatThrownBy(() -> SecretBox.keyBytes("", this.dir.resolve("k"), "jdbc:postgresql://db/fanbase"))
			.hasMessageContaining("FANBASE_SECRETS_KEY must be set");
	}

	@Test
	void generatesAndKeepsADevelopmentKeyWithTheEmbeddedDatabase() throws Exception {
		Path file = this.dir.resolve("secrets.key");
		byte[] first = SecretBox.keyBytes("", file, "");
		assertThat(first).hasSize(32);
		assertThat(SecretBox.keyBytes("", file, "")).isEqualTo(first);
		assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
	}

	@Test
	void sealsWithANonceAndBindsTheOwner() {
		SecretBox box = new SecretBox(null, Base64.getEncoder().encodeToString(new byte[32]), this.dir.resolve("k"),
				"");
		byte[] plain = "token".getBytes(StandardCharsets.UTF_8);
		byte[] sealed = box.seal(plain, "1/meta");
		assertThat(box.seal(plain, "1/meta")).isNotEqualTo(sealed);
		assertThat(box.open(sealed, "1/meta")).isEqualTo(plain);
		assertThatThrownBy(() -> box.open(sealed, "2/meta")).isInstanceOf(IllegalStateException.class);
	}

}
