"""PTV files in their three shapes: one object, a list, or a page of items."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import parse_service
from .channels import parse_channel
from .fields import Invalid, as_uuid


class PtvError(Exception):
    """A file that cannot be imported. Each message names the file and, where it can, the item."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


@dataclass
class PtvFile:
    """A checked file: the items to write and the warnings to show when it is written."""

    source: str
    services: list = field(default_factory=list)
    channels: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def read_ptv_file(path) -> PtvFile:
    """Read and check one file; raises PtvError naming every problem found."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PtvError([f"{source}: cannot be read: {error}"]) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PtvError(
            [f"{source}: not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from error
    return parse_ptv_data(data, source=source)


def parse_ptv_data(data, *, source: str) -> PtvFile:
    """Check decoded JSON in any of the three shapes and turn it into data to write."""
    if isinstance(data, dict) and "itemList" in data:
        items = data["itemList"] if data["itemList"] is not None else []
        if not isinstance(items, list):
            raise PtvError([f"{source}: itemList is not a list"])
    elif isinstance(data, dict):
        items = [data]
    elif isinstance(data, list):
        items = data
    else:
        raise PtvError(
            [f"{source}: expected a PTV service or service channel, a list or a page of them"]
        )

    parsed = PtvFile(source=source)
    problems, seen = [], {}
    for index, raw in enumerate(items):
        label = f"{source}: item {index}"
        try:
            if not isinstance(raw, dict):
                raise Invalid("not a JSON object")
            ptv_id = as_uuid(raw.get("id"), "id")
            label = f"{source}: item {index} (id {ptv_id})"
            if ptv_id in seen:
                raise Invalid(f"the same id as item {seen[ptv_id]}")
            seen[ptv_id] = index
            if "serviceChannelType" in raw:
                parsed.channels.append(parse_channel(raw, ptv_id, label, parsed.warnings))
            elif "serviceNames" in raw:
                parsed.services.append(parse_service(raw, ptv_id, label, parsed.warnings))
            else:
                raise Invalid("neither a service (serviceNames) nor a channel (serviceChannelType)")
        except Invalid as problem:
            problems.append(f"{label}: {problem}")
        except (TypeError, AttributeError, ValueError) as error:
            # A value of an unexpected JSON type somewhere the checks above do not look.
            problems.append(f"{label}: unexpected structure ({error})")
    if problems:
        raise PtvError(problems)
    return parsed
