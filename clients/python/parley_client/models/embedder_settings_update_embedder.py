from enum import StrEnum

class EmbedderSettingsUpdateEmbedder(StrEnum):
    HASHING = "hashing"
    LOCAL = "local"
    OPENAI = "openai"
    VOYAGE = "voyage"

    def __str__(self) -> str:
        return str(self.value)
