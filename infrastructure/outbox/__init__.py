"""Side effects after commit: the event bus and the outbox dispatcher (with its sweeper)."""
