"""Plain text: kept exactly as it is (UTF-8, newlines untranslated), once shown to be text."""

from __future__ import annotations

import re

from ..errors import InputError

_BOM = "\ufeff"
# Control characters no text document holds (tab, newlines and form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.001


def decode_text(data: bytes) -> str:
    """``data`` as UTF-8 text, or an :class:`InputError` saying why it is not text."""
    if not data.strip():
        raise InputError("the document is empty")
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes) in a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"invalid UTF-8 at byte {error.start} ({error.reason})", line=line
        ) from None
    controls = len(_CONTROL.findall(text))
    if controls > max(1, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(f"binary data ({controls} control characters) in a text document")
    return text.removeprefix(_BOM)


def read_plain(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    return decode_text(data), {}
