from enum import StrEnum

class TeamCreateRouting(StrEnum):
    LEAST_BUSY = "least_busy"
    MANUAL = "manual"
    ROUND_ROBIN = "round_robin"

    def __str__(self) -> str:
        return str(self.value)
