"""Why an upload was refused, with where in the file it went wrong (domain errors, no HTTP here)."""

from __future__ import annotations

from mediflow.core.errors import InvalidRequestError, PayloadTooLargeError, UnsupportedMediaError


class IngestError(InvalidRequestError):
    """A refused upload, naming the line (JSONL, text) or row (Parquet, datasets) that was wrong."""

    def __init__(
        self, reason: str, *, line: int | None = None, row: int | None = None, field: str = "body"
    ) -> None:
        where = f"line {line}: " if line is not None else f"row {row}: " if row is not None else ""
        super().__init__(field, f"{where}{reason}")
        self.args = (f"upload refused: {where}{reason}",)
        self.line = line
        self.row = row


class UnsupportedUpload(IngestError, UnsupportedMediaError):
    """A file we cannot read at all (415)."""


class UploadTooLarge(IngestError, PayloadTooLargeError):
    """More bytes, documents or members than allowed (413)."""


def unsupported(reason: str) -> IngestError:
    return UnsupportedUpload(reason)


def invalid(
    reason: str, *, line: int | None = None, row: int | None = None, field: str = "body"
) -> IngestError:
    return IngestError(reason, line=line, row=row, field=field)


def too_large(reason: str) -> IngestError:
    return UploadTooLarge(reason)
