"""Builds the chatbot's language model: its provider and key (or the installation's key from settings),
otherwise the offline responder. Clients are cached per (provider, key, base URL) to reuse connections.
Every remote call goes through the installation's outbound policy (SSRF guard, pinned addresses)."""

from __future__ import annotations

from collections import OrderedDict

from domain.assistant.ports import LanguageModel
from infrastructure.llm.offline import OfflineResponder
from infrastructure.security.outbound import OutboundPolicy


class LanguageModelFactory:
    def __init__(self, outbound: OutboundPolicy, anthropic_api_key: str | None = None, openai_api_key: str | None = None,
                 timeout: float = 20.0, max_retries: int = 2) -> None:
        self.outbound = outbound
        self.keys = {"anthropic": anthropic_api_key, "openai": openai_api_key}
        self.timeout, self.max_retries = timeout, max_retries
        self._offline = OfflineResponder()
        self._cache: OrderedDict[tuple, LanguageModel] = OrderedDict()

    def offline(self) -> LanguageModel:
        return self._offline

    def for_chatbot(self, provider: str, model: str, base_url: str | None, api_key: str | None) -> LanguageModel:
        key = api_key or self.keys.get(provider)
        if provider == "anthropic" and key:
            cache_key: tuple[str, str | None, str | None, str] = ("anthropic", key, base_url, model)
            if cache_key not in self._cache:
                import httpcore2
                import httpx2

                from infrastructure.llm.anthropic_model import AnthropicModel

                self._cache[cache_key] = AnthropicModel(
                    key, model, base_url, timeout=self.timeout, max_retries=self.max_retries,
                    transport=self.outbound.transport(http=httpx2, core=httpcore2),
                )
        elif provider == "openai" and (key or base_url):
            cache_key = ("openai", key, base_url, model)
            if cache_key not in self._cache:
                from infrastructure.llm.openai_compat import OpenAICompatModel

                self._cache[cache_key] = OpenAICompatModel(
                    key, model, base_url, timeout=self.timeout, max_retries=self.max_retries,
                    transport=self.outbound.transport(),
                )
        else:
            return self._offline
        self._cache.move_to_end(cache_key)
        while len(self._cache) > 256:
            self._cache.popitem(last=False)
        return self._cache[cache_key]
