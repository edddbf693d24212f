package io.govgraph.audit;

/** How urgent a finding is; reports list findings in this order. */
public enum Severity {

	HIGH("高"), MEDIUM("中"), LOW("低"), INFO("提示");

	private final String chinese;

	Severity(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return this.chinese;
	}

}
