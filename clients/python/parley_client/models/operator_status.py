from enum import StrEnum

class OperatorStatus(StrEnum):
    AWAY = "away"
    OFFLINE = "offline"
    ONLINE = "online"

    def __str__(self) -> str:
        return str(self.value)
