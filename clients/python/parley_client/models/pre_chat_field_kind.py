from enum import StrEnum

class PreChatFieldKind(StrEnum):
    EMAIL = "email"
    NAME = "name"
    PHONE = "phone"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
