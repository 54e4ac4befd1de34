from enum import StrEnum

class EventSender(StrEnum):
    AI = "ai"
    CUSTOMER = "customer"
    HUMAN = "human"
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
