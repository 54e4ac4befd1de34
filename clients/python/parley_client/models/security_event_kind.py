from enum import StrEnum

class SecurityEventKind(StrEnum):
    LOGIN_LOCKED = "login_locked"
    LOGIN_THROTTLED = "login_throttled"

    def __str__(self) -> str:
        return str(self.value)
