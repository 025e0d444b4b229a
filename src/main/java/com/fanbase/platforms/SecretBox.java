package com.fanbase.platforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals secrets with AES-256-GCM (random 96-bit nonce, 128-bit tag, the owner as
 * associated data). The key is {@code FANBASE_SECRETS_KEY} (base64 of 32 bytes); anything
 * else there stops the start. When it is unset the service generates a key into
 * {@code fanbase.secrets-key-file}, but only with the embedded database (development,
 * demo, tests): with an external database the key is required, so production cannot run
 * on a generated key by accident. At start the key must open the check value sealed with
 * the first key used, so a wrong key fails loudly instead of making every credential
 * unreadable.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final SecureRandom random = new SecureRandom();

	private static final byte[] CHECK = "fanbase-secrets-key-check".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	private final JdbcClient jdbc;

	SecretBox(JdbcClient jdbc, @Value("${fanbase.secrets-key:}") String configured,
			@Value("${fanbase.secrets-key-file:./fanbase-secrets.key}") Path file,
			@Value("${spring.datasource.url:}") String externalDatabase) {
		this.jdbc = jdbc;
		this.key = new SecretKeySpec(keyBytes(configured, file, externalDatabase), "AES");
	}

	static byte[] keyBytes(String configured, Path file, String externalDatabase) {
		if (!configured.isBlank()) {
			return decode(configured.strip(), "FANBASE_SECRETS_KEY");
		}
		if (!externalDatabase.isBlank()) {
			throw new IllegalStateException("FANBASE_SECRETS_KEY must be set (base64 of 32 random bytes, e.g. "
					+ "`openssl rand -base64 32`) when the service uses an external database");
		}
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file).strip(), file.toString());
			}
			byte[] generated = new byte[32];
			random.nextBytes(generated);
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.writeString(file, Base64.getEncoder().encodeToString(generated) + "\n");
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system; the file keeps its default permissions.
			}
			log.warn("FANBASE_SECRETS_KEY is unset: generated a development key in {}. Set FANBASE_SECRETS_KEY "
					+ "in production.", file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not valid base64");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					source + " must be base64 of exactly 32 bytes (AES-256), not " + bytes.length + " bytes");
		}
		return bytes;
	}

	public byte[] seal(byte[] plain, String owner) {
		try {
			byte[] nonce = new byte[12];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a secret", ex);
		}
	}

	public byte[] open(byte[] sealed, String owner) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, sealed, 0, 12));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(sealed, 12, sealed.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed secret could not be opened with the configured key");
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkKey() {
		this.jdbc.sql("insert into secrets_key_check (id, sealed) values (1, :sealed) on conflict (id) do nothing")
			.param("sealed", seal(CHECK, "check"))
			.update();
		byte[] stored = this.jdbc.sql("select sealed from secrets_key_check where id = 1").query(byte[].class).single();
		try {
			open(stored, "check");
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("FANBASE_SECRETS_KEY is not the key that sealed the stored platform "
					+ "credentials; start with the original key");
		}
	}

}
