from enum import StrEnum

class MessageEventSender(StrEnum):
    AI = "ai"
    CUSTOMER = "customer"
    HUMAN = "human"
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
