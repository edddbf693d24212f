// Enables or disables a rule for a scope unit and everything beneath it ('*': everywhere).
MERGE (s:AuditRuleSetting {scopeId: $scopeId, ruleId: $ruleId})
SET s.enabled = $enabled, s.setBy = $actor, s.setAt = $now
RETURN s.enabled AS enabled
