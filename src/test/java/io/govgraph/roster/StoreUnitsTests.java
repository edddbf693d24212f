package io.govgraph.roster;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Roster text matched to the sample district's stored units: by name or alias, then by full text. */
@IntegrationTest
class StoreUnitsTests {

	@Autowired
	StoreUnits units;

	@Test
	void matchesByNameOrAliasAfterFolding() {
		UnitDirectory directory = this.units.load();
		assertThat(directory.match("划船社区居委会")).extracting(UnitDirectory.Unit::id)
			.containsExactly("yz.baizhang.huachuan.rc");
		assertThat(directory.match(" 划船社区 居委会 ")).extracting(UnitDirectory.Unit::streetId)
			.containsExactly("yz.baizhang");
		assertThat(directory.exact("明楼街道")).extracting(UnitDirectory.Unit::type).containsExactly("STREET_COMMITTEE");
	}

	@Test
	void aTitleFindsTheLongestNameItContains() {
		UnitDirectory directory = this.units.load();
		assertThat(directory.match("百丈街道划船社区居委会成员名单（2024年换届）")).extracting(UnitDirectory.Unit::id)
			.containsExactly("yz.baizhang.huachuan.rc");
		assertThat(directory.match("火星基地名单")).isEmpty();
	}

}
