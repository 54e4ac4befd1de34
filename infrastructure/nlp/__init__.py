"""Offline language detection, sentiment and intent classification (no network, no downloaded weights)."""
