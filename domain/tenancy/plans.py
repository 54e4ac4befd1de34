"""What each plan includes, where the domain decides it. (Requests per minute and attachment sizes are
operator settings: `PlanLimits` and `AttachmentLimits` in infrastructure/settings.py.)"""

from __future__ import annotations

# Remote model calls a month (the offline responder is free); tenants.credits holds top-ups on top.
MONTHLY_CREDITS = {"free": 500, "pro": 20_000, "enterprise": 250_000}

# The largest knowledge file (bytes) a chatbot of the plan may ingest.
KNOWLEDGE_FILE_BYTES = {"free": 5_000_000, "pro": 25_000_000, "enterprise": 100_000_000}
