from enum import StrEnum

class MemberUpdateRole(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
