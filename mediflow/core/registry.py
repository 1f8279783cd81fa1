"""One registry for every pluggable thing: teacher backends, prompt stages, error types, export formats,
training stages.

Built-in names are declared up front with the module that registers each (as mergekit lists its merge
methods), so ``names()`` answers without importing heavy backends, and a schema or a CLI choice can
derive its list from the registry without an import cycle. ``get`` imports the declaring module on
first use and raises one clear error that lists every valid name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, WithJsonSchema

from mediflow.core.errors import InvalidRequestError

T = TypeVar("T")
E = TypeVar("E")


class UnknownNameError(InvalidRequestError, KeyError):
    """A name no entry is registered under; the message lists the valid ones."""

    def __init__(self, kind: str, name: str, valid: tuple[str, ...]) -> None:
        super().__init__(kind.replace(" ", "_"), f"unknown {kind} {name!r}; valid: {', '.join(valid)}")
        self.args = (f"unknown {kind} {name!r}; valid: {', '.join(valid)}",)

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class Registry(Generic[T]):
    """Entries of one kind by name. ``builtin`` maps each shipped name to the module registering it."""

    def __init__(self, kind: str, builtin: Mapping[str, str] | None = None) -> None:
        self.kind = kind
        self._builtin = dict(builtin or {})
        self._entries: dict[str, T] = {}

    def register(self, name: str, entry: T) -> T:
        if name in self._entries:
            raise ValueError(f"{self.kind} {name!r} is already registered")
        self._entries[name] = entry
        return entry

    def decorator(self, name: str) -> Callable[[E], E]:
        """``@registry.decorator("name")``: register the decorated object under ``name``."""

        def deco(entry: E) -> E:
            self.register(name, entry)  # type: ignore[arg-type]
            return entry

        return deco

    def get(self, name: str) -> T:
        if name not in self._entries and name in self._builtin:
            importlib.import_module(self._builtin[name])
        try:
            return self._entries[name]
        except KeyError:
            raise UnknownNameError(self.kind, name, self.names()) from None

    def load_all(self) -> None:
        for module in sorted(set(self._builtin.values())):
            importlib.import_module(module)

    def names(self) -> tuple[str, ...]:
        return tuple(sorted({*self._builtin, *self._entries}))

    def items(self) -> Iterator[tuple[str, T]]:
        self.load_all()
        for name in self.names():
            yield name, self._entries[name]

    def __contains__(self, name: object) -> bool:
        return name in self._builtin or name in self._entries


def one_of(kind: str, names: Callable[[], Iterable[str]]) -> Any:
    """A ``str`` field type that accepts only ``names()`` and shows them as an enum in OpenAPI."""

    def check(value: str) -> str:
        valid = tuple(names())
        if value not in valid:
            raise ValueError(f"unknown {kind} {value!r}; valid: {', '.join(valid)}")
        return value

    return Annotated[str, AfterValidator(check), WithJsonSchema({"type": "string", "enum": list(names())})]
