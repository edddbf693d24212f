package io.govgraph.audit;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Overrides of the audit rules' parameters.
 *
 * @param param a rule parameter's value by its name (govgraph.audit.param.maxPosts=6), in place of
 * the default on its rule file's "// param:" line; a whole number.
 */
@ConfigurationProperties("govgraph.audit")
record AuditProperties(@DefaultValue Map<String, String> param) {
}
