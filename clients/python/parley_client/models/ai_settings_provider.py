from enum import StrEnum

class AiSettingsProvider(StrEnum):
    ANTHROPIC = "anthropic"
    OFFLINE = "offline"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
