from enum import StrEnum

class MemberRole(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
