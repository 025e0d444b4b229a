package com.fanbase.platforms.tiktok;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * Uploads each batch as a file, then creates the audience from the first file or applies
 * the file to it.
 */
class TikTokUploadSession implements UploadSession {

	private final TikTokPlatform platform;

	private final PlatformContext context;

	private final Direction direction;

	private final String name;

	private String audienceId;

	TikTokUploadSession(TikTokPlatform platform, PlatformContext context, Direction direction, String audienceId,
			String name) {
		this.platform = platform;
		this.context = context;
		this.direction = direction;
		this.audienceId = audienceId;
		this.name = name;
	}

	@Override
	public long send(Batch batch) {
		String advertiser = this.context.credentials().require("advertiser_id");
		String filePath = upload(advertiser, batch);
		if (this.audienceId == null) {
			this.audienceId = this.platform
				.post(this.context, "create_audience", "/dmp/custom_audience/create/",
						Map.of("advertiser_id", advertiser, "custom_audience_name", this.name, "calculate_type",
								TikTokPlatform.CALCULATE_TYPE, "file_paths", List.of(filePath)))
				.path("custom_audience_id")
				.asString();
		}
		else {
			this.platform.post(this.context, this.direction.name().toLowerCase(), "/dmp/custom_audience/update/",
					Map.of("advertiser_id", advertiser, "custom_audience_id", this.audienceId, "file_paths",
							List.of(filePath), "action", (this.direction == Direction.ADD) ? "APPEND" : "REMOVE"));
		}
		return 0;
	}

	private String upload(String advertiser, Batch batch) {
		StringBuilder csv = new StringBuilder(batch.size() * 132).append("email_SHA256,phone_SHA256\n");
		for (Member member : batch.members()) {
			csv.append(orEmpty(member.emailKey())).append(',').append(orEmpty(member.phoneKey())).append('\n');
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("advertiser_id", advertiser);
		form.add("calculate_type", TikTokPlatform.CALCULATE_TYPE);
		form.add("file_signature", md5(file));
		form.add("file", new ByteArrayResource(file) {
			@Override
			public String getFilename() {
				return "fanbase-" + batch.seq() + ".csv";
			}
		});
		return this.platform
			.call(this.context,
					PlatformRequest
						.of("upload_file", HttpMethod.POST, this.platform.uri("/dmp/custom_audience/file/upload/"))
						.body(MediaType.MULTIPART_FORM_DATA, form, batch.size()))
			.path("file_path")
			.asString();
	}

	@Override
	public String audienceId() {
		return this.audienceId;
	}

	@Override
	public String state() {
		return this.audienceId;
	}

	static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
