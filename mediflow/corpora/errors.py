"""Why an upload was refused, with where in the file it went wrong."""

from __future__ import annotations


class IngestError(ValueError):
    """A refused upload. ``status`` is the HTTP status the API answers with (413, 415 or 422)."""

    def __init__(self, status: int, reason: str, *, line: int | None = None, row: int | None = None) -> None:
        where = f"line {line}: " if line is not None else f"row {row}: " if row is not None else ""
        super().__init__(f"{where}{reason}")
        self.status = status
        self.reason = reason
        self.line = line
        self.row = row


def unsupported(reason: str) -> IngestError:
    return IngestError(415, reason)


def invalid(reason: str, *, line: int | None = None, row: int | None = None) -> IngestError:
    return IngestError(422, reason, line=line, row=row)
