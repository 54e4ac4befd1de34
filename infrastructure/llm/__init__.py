"""Language-model adapters: Anthropic (SDK), OpenAI-compatible chat completions (httpx), offline."""
