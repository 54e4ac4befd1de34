"""Human handoff: escalation rules, the operators\x27 queue and routing, and the operator workspace."""
