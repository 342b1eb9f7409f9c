"""The ``wireparse`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import regex

from . import __version__, dialects
from ._errors import ParseError
from ._json import to_dict
from ._parser import parse
from ._show import render_html

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_EPILOG = """\
exit status:
  0  every file was read and parsed
  1  a file could not be read or decoded, or --strict met a defect
  2  the command line was wrong
"""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``wireparse`` command."""
    parser = argparse.ArgumentParser(
        prog="wireparse",
        description="Parse wire-service news copy into structured JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_command = commands.add_parser(
        "parse",
        help="parse stories and print one JSON object per story",
        description=(
            "Parse each FILE as one story and print it as one JSON object per line "
            "(JSON Lines). Errors go to stderr as FILE:LINE:COLUMN: MESSAGE."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse_command.add_argument(
        "files", nargs="+", metavar="FILE", help="a UTF-8 text file, or - for standard input"
    )
    parse_command.add_argument(
        "--pretty", action="store_true", help="indent the JSON (one story spans several lines)"
    )
    parse_command.add_argument(
        "--strict",
        action="store_true",
        help="fail on the first defect of a story instead of recording it in the output",
    )
    parse_command.add_argument(
        "--dialect",
        choices=dialects.names(),
        default=None,
        help="the agency's conventions to read the copy with (default: %(choices)s)",
    )
    _add_show_command(commands)
    return parser


class _UnreadableError(Exception):
    """A file that could not be read, with where the trouble is."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def _read(name: str) -> str:
    """Read a file or stdin as UTF-8, keeping its line ends as they are."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise _UnreadableError(f"cannot read: {error.strerror or error}") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        raise _UnreadableError(
            f"not UTF-8: byte {data[error.start]:#04x} cannot be decoded", line, column
        ) from error


# An indented span, "[\n    12,\n    40\n  ]", to be put back on one line. JSON strings
# escape their line breaks, so this can only match the layout json.dumps wrote.
_INDENTED_SPAN = regex.compile(r"\[\n\s++(\d++),\n\s++(\d++)\n\s*+\]")


def _dumps(data: dict[str, Any], *, pretty: bool) -> str:
    if not pretty:
        return json.dumps(data, ensure_ascii=False)
    return _INDENTED_SPAN.sub(r"[\1, \2]", json.dumps(data, ensure_ascii=False, indent=2))


def _parse_files(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    for name in args.files:
        shown = "<stdin>" if name == "-" else name
        try:
            text = _read(name)
        except _UnreadableError as error:
            err.write(f"{shown}:{error.line}:{error.column}: {error}\n")
            status = EXIT_FAILED
            continue
        try:
            article = parse(text, strict=args.strict, dialect=args.dialect)
        except ParseError as error:
            defect = error.defect
            err.write(
                f"{shown}:{error.line}:{error.column}: {defect.message} [{defect.code.value}]\n"
            )
            status = EXIT_FAILED
            continue
        out.write(_dumps(to_dict(article), pretty=args.pretty))
        out.write("\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "show":
        return _show(args, sys.stdout, sys.stderr)
    try:
        return _parse_files(args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``wireparse parse ... | head``): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _add_show_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show_command = commands.add_parser(
        "show",
        help="write an HTML page showing how a story was read",
        description=(
            "Parse FILE and write a self-contained HTML page of the story, each element's "
            "span highlighted and labelled, with a legend and a summary."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show_command.add_argument(
        "file", metavar="FILE", help="a UTF-8 text file, or - for standard input"
    )
    show_command.add_argument(
        "-o", "--output", metavar="OUT", default="-", help="write the page to OUT (default: stdout)"
    )
    show_command.add_argument(
        "--dialect",
        choices=dialects.names(),
        default=None,
        help="the agency's conventions to read the copy with (default: %(choices)s)",
    )


def _show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    shown = "<stdin>" if args.file == "-" else args.file
    try:
        text = _read(args.file)
    except _UnreadableError as error:
        err.write(f"{shown}:{error.line}:{error.column}: {error}\n")
        return EXIT_FAILED
    page = render_html(parse(text, dialect=args.dialect))
    if args.output == "-":
        out.write(page)
        return EXIT_OK
    try:
        Path(args.output).write_text(page, encoding="utf-8", newline="")
    except OSError as error:
        err.write(f"{args.output}: cannot write: {error.strerror or error}\n")
        return EXIT_FAILED
    return EXIT_OK
