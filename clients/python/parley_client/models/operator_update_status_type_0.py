from enum import StrEnum

class OperatorUpdateStatusType0(StrEnum):
    AWAY = "away"
    OFFLINE = "offline"
    ONLINE = "online"

    def __str__(self) -> str:
        return str(self.value)
