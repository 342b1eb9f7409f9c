"""The inputs of a run: the files named on the command line, the files below folders, stdin."""

from __future__ import annotations

import enum
import fnmatch
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

STDIN = "-"
"""The name that stands for standard input on the command line."""

STDIN_SHOWN = "<stdin>"
"""How standard input is named in diagnostics and in the ``"file"`` key."""


class Kind(enum.Enum):
    """What an input is: something to read, or a reason not to read it."""

    READ = "read"
    """A file to read, or standard input."""
    UNREADABLE = "unreadable"
    """A folder that cannot be listed: an error."""
    SKIPPED = "skipped"
    """A file met in a folder that is not a regular file (a named pipe, a device): not read."""
    EMPTY = "empty"
    """A folder with no file to read (none at all, or none matching the pattern)."""


@attrs.frozen(kw_only=True)
class Input:
    """One input of the run.

    Attributes:
        name: How the input is named in the output and in diagnostics.
        path: The file to read, or None for standard input.
        kind: Whether it is read, and if not, why.
        note: What is printed about an input that is not read, or None.
    """

    name: str
    path: Path | None
    kind: Kind = Kind.READ
    note: str | None = None


def find_inputs(arguments: Sequence[str], pattern: str | None = None) -> list[Input]:
    """Turn the paths of the command line into the inputs to read, in order.

    A folder stands for the regular files below it, at any depth, in sorted order of their
    paths, each folder's entries by name; files and folders whose name starts with a dot are
    skipped, and so are links to folders (which could loop). Other files met in a folder (named
    pipes, devices, sockets) are skipped with a note, as reading them could wait for ever. A
    folder with no file to read gives an input of kind ``EMPTY``. ``pattern`` keeps only the
    files found in folders whose name matches it (``fnmatch`` rules, such as ``'*.txt'``);
    files named on the command line are always read. ``-`` is standard input. A path that does
    not exist is kept: reading it reports the error.
    """
    found: list[Input] = []
    for argument in arguments:
        if argument == STDIN:
            found.append(Input(name=STDIN_SHOWN, path=None))
        elif Path(argument).is_dir():
            below = list(_walk(Path(argument), pattern))
            found.extend(below)
            if not any(i.kind in (Kind.READ, Kind.UNREADABLE) for i in below):
                which = "no file" if pattern is None else f"no file matching {pattern!r}"
                note = f"{argument}: nothing to read: {which} in the folder"
                found.append(Input(name=argument, path=Path(argument), kind=Kind.EMPTY, note=note))
        else:
            found.append(Input(name=argument, path=Path(argument)))
    return found


def _walk(folder: Path, pattern: str | None) -> Iterator[Input]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        note = f"{folder}:1:1: cannot read: {reason(error)}"
        yield Input(name=str(folder), path=folder, kind=Kind.UNREADABLE, note=note)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False  # the file's read will report what is wrong with it
        if is_folder:
            yield from _walk(path, pattern)
            continue
        if pattern is not None and not fnmatch.fnmatch(entry.name, pattern):
            continue
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = stat.S_IFREG  # a broken link: reading it reports the error
        if stat.S_ISDIR(mode):
            continue  # a link to a folder
        if not stat.S_ISREG(mode):
            note = f"{path}: skipped: not a regular file ({_file_type(mode)})"
            yield Input(name=str(path), path=path, kind=Kind.SKIPPED, note=note)
            continue
        yield Input(name=str(path), path=path)


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"  # pragma: no cover - every other type is one of the above


def reason(error: BaseException) -> str:
    """The words of an error, without Python's ``[Errno 2]`` prefix where there is one."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
