from enum import StrEnum

class SourceKind(StrEnum):
    CRAWL = "crawl"
    FAQ = "faq"
    FILE = "file"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
