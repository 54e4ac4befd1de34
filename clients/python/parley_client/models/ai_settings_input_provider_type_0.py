from enum import StrEnum

class AiSettingsInputProviderType0(StrEnum):
    ANTHROPIC = "anthropic"
    OFFLINE = "offline"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
