package io.govgraph.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A masked name never shows more than its surname (or first letter), whatever it starts with. */
class MaskingTests {

	@ParameterizedTest(name = "[{index}] {0} → {1}")
	@CsvSource(delimiter = '|', value = { "张三|张某", "欧阳修|欧阳某", "欧阳|欧某", "王|王某", "Zhangsan|Z某", "Zhang San|Z某",
			"zhang san|Z某", "John Smith|J某", "·阿依古丽|阿某", "阿依古丽·买买提|阿某", "\u00a0张三|张某", "（张三）|张某",
			"  李四  |李某", "“王五”|王某", "\u3000赵六|赵某", "ＺＨＡＮＧ|Z某", "-Zhangsan|Z某", "\u00a0|某", "·|某" })
	void showsTheSurnameOrFirstLetterOnly(String name, String masked) {
		assertThat(Masking.surname(name)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Zhangsan", "·阿依古丽", "\u00a0张三丰", "（欧阳修）", "Abdulla Rahman" })
	void neverShowsMoreThanTwoCharactersOfTheName(String name) {
		String masked = Masking.surname(name);
		assertThat(masked).endsWith(Masking.MASK);
		assertThat(masked.codePointCount(0, masked.length()) - 1).isLessThanOrEqualTo(2);
	}

}
