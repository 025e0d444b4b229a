package com.fanbase;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation's "the answer contains these members" comparison.
 */
class JsonSubsetTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anObjectMayHaveMoreMembersThanDocumented() {
		assertThat(mismatch("{\"id\": 3, ...}", "{\"id\": 3, \"name\": \"VIPs\"}")).isNull();
		assertThat(mismatch("{\"id\": 3}", "{\"id\": 4, \"name\": \"VIPs\"}")).contains("/id");
		assertThat(mismatch("{\"name\": \"VIPs\"}", "{\"id\": 3}")).contains("missing");
	}

	@Test
	void ellipsesStandForAnyValueOrAnyText() {
		assertThat(mismatch("{\"at\": \"...\"}", "{\"at\": 17}")).isNull();
		assertThat(mismatch("{\"at\": \"...\"}", "{}")).contains("missing");
		assertThat(mismatch("{\"key\": \"fbk_...\"}", "{\"key\": \"fbk_abc\"}")).isNull();
		assertThat(mismatch("{\"type\": \"...forbidden\"}", "{\"type\": \"https://x/forbidden\"}")).isNull();
		assertThat(mismatch("{\"type\": \"...forbidden\"}", "{\"type\": \"https://x/not-found\"}")).isNotNull();
	}

	@Test
	void anArrayIsExactUnlessItSaysThereIsMore() {
		assertThat(mismatch("[{\"id\": 1}, {\"id\": 2}]", "[{\"id\": 1}, {\"id\": 2}]")).isNull();
		assertThat(mismatch("[{\"id\": 1}]", "[{\"id\": 1}, {\"id\": 2}]")).contains("1 elements");
		assertThat(mismatch("[..., {\"id\": 2}, ...]", "[{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]")).isNull();
		assertThat(mismatch("[{\"id\": 2}, {\"id\": 1}, ...]", "[{\"id\": 1}, {\"id\": 2}]")).contains("in order");
	}

	@Test
	void numbersCompareByValue() {
		assertThat(mismatch("{\"rate\": 25.00}", "{\"rate\": 25}")).isNull();
		assertThat(mismatch("{\"rate\": 25.01}", "{\"rate\": 25}")).isNotNull();
		assertThat(mismatch("{\"rate\": 25}", "{\"rate\": \"25\"}")).isNotNull();
	}

	private static String mismatch(String documented, String answer) {
		JsonNode actual = json.readTree(answer);
		return JsonSubset.mismatch(JsonSubset.parse(documented), actual, "");
	}

}
