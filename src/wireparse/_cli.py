"""The ``wireparse`` command line."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import json
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO, cast

from . import __version__, _batch, dialects
from ._pipeline import FORMAT_NAMES, iter_articles
from ._schema import json_schema
from ._show import _render_stories, render_html

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING = 3
EXIT_SIGNAL = 128
"""A run stopped by a signal exits with 128 plus the signal's number, as a shell reports it."""

_SHOW_EXIT_STATUS = """\
exit status:
  0    the page was written
  1    FILE could not be read, or the page could not be written (standard output
       closed included)
  2    the command line was wrong
  3    FILE holds no story
"""

_PARSE_EXIT_STATUS = """\
exit status:
  0    every input was read and gave stories, and with --strict no story had a defect
  1    an input could not be read (or not to its end), the output could not be
       written (standard output closed included), --strict left a story out, or a
       worker process ended before its work was done (killed, out of memory)
  2    the command line was wrong
  3    an input gave nothing, all else being well: a folder with no file to read
       (or none matching --glob), or a file with no story (empty)
  130  stopped by SIGINT (Ctrl-C); 143: stopped by SIGTERM. The workers stop once
       their batch is parsed, the file of -o is left as it was, no temporary file
       is left behind.
"""

_MAIN_EPILOG = """\
examples:
  wireparse parse story.txt                  one JSON object per story, one per line
  wireparse parse corpus/ --glob '*.txt' -o stories.jsonl --jobs 0 --summary
  zcat dump.txt.gz | wireparse parse -       read standard input
  wireparse show story.txt -o story.html     see how a story was read, in a browser
  wireparse parse --help                     every option of parse
"""

_PARSE_EPILOG = """\
examples:
  wireparse parse story.txt
      print each story of story.txt as one JSON object on one line
  wireparse parse corpus/ --glob '*.txt' -o stories.jsonl
      every .txt file below corpus/, in sorted order, into stories.jsonl
  wireparse parse dump.txt.xz --jobs 0 --summary
      parse on every CPU, then print counts of stories and defects on stderr
  zcat dump.gz | wireparse parse --strict - > good.jsonl 2> defects.txt
      keep the stories without defects, list the defects of the others
  wireparse parse dump.txt --no-text
      leave the input text out of each object: about a third smaller

what is read:
  A file may hold one story or a whole dump of them: stories between opening and
  closing id lines, after opening id lines only, or one after another, each ended by
  its terminator (of any registered dialect, "Enditem", " Reuter", "==Kyodo", ...);
  or a Reuters-21578 or AQUAINT/Gigaword SGML file, whose documents are its stories
  (--format; auto tells from the content). gzip, bzip2 and xz data is decompressed,
  whatever the file is called.
  Bytes are read as UTF-8; a line that is not UTF-8 is read as cp1252 or Latin-1,
  and the story gets a not-utf8 defect. A named pipe is read as it comes (so
  <(command) works); one with no writer reads as empty. In folders, files that are
  not regular files (named pipes, devices) are skipped, with a note on stderr.

what is written:
  One JSON object per story, in the order read: "file" (the path it was read from,
  or <stdin>), for a document of a corpus file its "id", "date" and "type" as the
  markup gives them, then the parsed story as wireparse.to_dict gives it: "text" (the
  story's input), each element with its character span in "text", the defects,
  "start_line" (the line of the file where it starts). By default every key is
  written, "text" included, so that each line stands alone: the spans index into
  it and wireparse.from_dict rebuilds the article from it. --no-text leaves it out
  (a span is then a count of characters from the start of line "start_line" of the
  input), a third less to write; --fields keeps only the keys named. Non-ASCII is
  written as is, but for U+0085, U+2028 and U+2029, escaped so that no line
  splitter breaks an object.

  Without --strict every story is written, its defects listed in the object. With
  --strict a story with a defect is left out and each of its defects printed on
  stderr, one line each, as FILE:LINE:COLUMN: MESSAGE [code], LINE being the line
  in the file. A file that cannot be read is reported as
  FILE:LINE:1: cannot read: REASON, and one with no story as FILE:1:1: no story:
  WHY. Either way the run goes on with the next story and file.

"""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``wireparse`` command."""
    parser = argparse.ArgumentParser(
        prog="wireparse",
        description=(
            "Parse wire-service news copy (Xinhua and other agencies) into structured JSON:\n"
            "id lines, headline, source and date lines, dateline, sections, terminator and\n"
            "page furniture, each with its exact character span. What is odd about a story\n"
            "(no dateline, no terminator, ...) is recorded as a defect."
        ),
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    parse_command = commands.add_parser(
        "parse",
        help="parse files of stories and print one JSON object per story",
        description=(
            "Read stories from files, folders or standard input, and print each story as\n"
            "one JSON object on one line (JSON Lines)."
        ),
        epilog=_PARSE_EPILOG + _PARSE_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse_command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=(
            "a file, a folder (its files at any depth, in sorted order, hidden ones "
            "skipped), or - for standard input"
        ),
    )
    parse_command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the JSON Lines to FILE, replaced only once the run is over (default: stdout)",
    )
    parse_command.add_argument(
        "--glob",
        metavar="PATTERN",
        help="in folders, read only the files whose name matches PATTERN, such as '*.txt'",
    )
    parse_command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes, 0 for one per CPU; the output order stays the same "
        "(default: 1)",
    )
    parse_command.add_argument(
        "--strict",
        action="store_true",
        help="leave out a story with a defect and print each of its defects on stderr "
        "instead, one line each",
    )
    parse_command.add_argument(
        "--no-text",
        action="store_true",
        help='leave the story\'s input "text" out of each object (default: written)',
    )
    parse_command.add_argument(
        "--fields",
        type=_fields,
        metavar="KEYS",
        help='write only these keys of each object besides "file", comma-separated, from: '
        f"{', '.join(_batch.fields())} (default: all)",
    )
    parse_command.add_argument(
        "--pretty", action="store_true", help="indent the JSON (one story spans several lines)"
    )
    parse_command.add_argument(
        "--summary",
        action="store_true",
        help="at the end, print files, stories, bytes, seconds and defects by code on stderr",
    )
    parse_command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show stories, MB read, MB/s and defects on stderr as the run goes "
        "(default: only when stderr is a terminal)",
    )
    _add_reading_options(parse_command)
    _add_show_command(commands)
    _add_schema_command(commands)
    return parser


def _fields(value: str) -> frozenset[str]:
    """Read ``--fields``: keys of an article's JSON object, comma-separated."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in _batch.fields()]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"not a key of the JSON object: {', '.join(unknown) or repr(value)}"
            f" (the keys: {', '.join(_batch.fields())})"
        )
    return frozenset(names)


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        default="auto",
        metavar="FORMAT",
        help=(
            "the container of the stories, one of: "
            f"{', '.join(FORMAT_NAMES)}; auto (the default) tells from each file's content:"
            " Reuters-21578 SGML, the LDC's newswire (aquaint, alias ldc: AQUAINT, Gigaword,"
            " TAC KBP, KBP/ERE XML, ACE 2005), NITF, NewsML or ninjs, else stories as the wire"
            " sent them (dump)"
        ),
    )
    command.add_argument(
        "--dialect",
        choices=dialects.names(),
        default=None,
        metavar="NAME",
        help=(
            "the agency's conventions to read the copy with, one of: "
            f"{', '.join(dialects.names())} (default: detect each story's among the registered"
            " dialects)"
        ),
    )


def _jobs(value: str) -> int:
    """Read ``--jobs``: a count of processes, 0 meaning one per CPU."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {jobs}")
    if jobs == 0:
        return _cpu_count()
    return jobs


def _cpu_count() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - platforms without sched_getaffinity


def _parse_files(args: argparse.Namespace, out: TextIO | None, err: TextIO) -> int:
    inputs = _batch.find_inputs(args.paths, args.glob)
    output = None if args.output in (None, "-") else Path(args.output)
    if output is None and out is None:
        err.write(_CLOSED_STDOUT.format(command="parse"))
        return EXIT_FAILED
    if output is not None:
        clash = next((i.name for i in inputs if i.path and _same_file(i.path, output)), None)
        if clash is not None:
            err.write(f"wireparse parse: error: the output {args.output} is an input ({clash})\n")
            return EXIT_USAGE
    kept = args.fields
    if args.no_text:
        kept = (kept if kept is not None else frozenset(_batch.fields())) - {"text"}
    options = _batch.Options(
        format=args.format,
        dialect=args.dialect,
        strict=args.strict,
        pretty=args.pretty,
        fields=kept,
    )
    progress = err.isatty() if args.progress is None else args.progress
    left = "" if output is None else f"; {args.output} is left as it was"
    try:
        with _batch.stopped_by_signals(), _opened_output(output, out) as sink:
            reporter = _batch.Reporter(sink, err, progress=progress)
            try:
                totals = _batch.run(inputs, options, reporter, jobs=args.jobs)
            finally:
                reporter.clear()  # even when interrupted, leave no progress line behind
    except _batch.Interrupted as stop:
        err.write(f"wireparse parse: stopped by {stop}{left}\n")
        return EXIT_SIGNAL + stop.signal
    except _batch.WorkerLostError as error:
        err.write(f"wireparse parse: error: {error}{left}\n")
        return EXIT_FAILED
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        shown = "<stdout>" if output is None else args.output
        err.write(f"{shown}: cannot write: {error.strerror or error}\n")
        return EXIT_FAILED
    if args.summary:
        reporter.summary()
    if totals.unreadable or totals.failed:
        return EXIT_FAILED
    return EXIT_NOTHING if totals.empty else EXIT_OK


_CLOSED_STDOUT = (
    "wireparse {command}: error: standard output is closed: nowhere to write (give -o FILE)\n"
)


def _same_file(path: Path, other: Path) -> bool:
    """Whether two paths name the same file (or would, for one that does not exist yet)."""
    try:
        return path.samefile(other)
    except OSError:
        return path.resolve() == other.resolve()


@contextlib.contextmanager
def _opened_output(path: Path | None, stdout: TextIO | None) -> Iterator[TextIO]:
    """Yield where the JSON Lines go: ``stdout``, or a file that replaces ``path`` at the end.

    A regular file (or a new one) is written beside ``path`` under a hidden temporary name,
    flushed to disk and renamed over ``path`` once everything is written, so that ``path``
    never holds half a run; if the run stops on an exception, it is deleted and ``path`` is
    left as it was. A link is followed, so the file it points to is the one replaced. Anything
    else that exists (``/dev/null``, a named pipe) is written to directly.
    """
    if path is None:
        assert stdout is not None, "the caller checks that stdout is open"
        if isinstance(stdout, io.TextIOWrapper) and codecs.lookup(stdout.encoding).name != "utf-8":
            stdout.reconfigure(encoding="utf-8")  # JSON Lines are UTF-8 whatever the locale
        yield stdout
        return
    path = path.resolve()
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as direct:
            yield direct
        return
    file: Any = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed or deleted below
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        written = Path(file.name)
        written.chmod(_new_file_mode(path))  # NamedTemporaryFile made it 0600
        written.replace(path)
    except BaseException:
        Path(file.name).unlink(missing_ok=True)
        raise


def _new_file_mode(path: Path) -> int:
    """The permissions ``path`` has, or a new file would get from the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "schema":
            return _schema(sys.stdout)
        if args.command == "show":
            return _show(args, sys.stdout, sys.stderr)
        return _parse_files(args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``wireparse parse ... | head``): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:  # Ctrl-C outside the run, which handles its own
        sys.stderr.write(f"wireparse {args.command}: stopped by SIGINT\n")
        return EXIT_SIGNAL + signal.SIGINT


def _add_show_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show_command = commands.add_parser(
        "show",
        help="write an HTML page showing how a story, or each story of a dump, was read",
        description=(
            "Read FILE as wireparse.iter_articles reads it (decompressed by its content,\n"
            "Latin-1 lines kept, split into stories, each story's dialect detected) and\n"
            "write a self-contained HTML page of it: each element's span highlighted and\n"
            "labelled, with a legend and a summary. A dump of several stories is one page\n"
            "with each story in turn."
        ),
        epilog=_SHOW_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show_command.add_argument(
        "file", metavar="FILE", help="a file of one story or a dump, or - for standard input"
    )
    show_command.add_argument(
        "-o", "--output", metavar="OUT", default="-", help="write the page to OUT (default: stdout)"
    )
    _add_reading_options(show_command)


def _show(args: argparse.Namespace, out: TextIO | None, err: TextIO) -> int:
    if args.output == "-" and out is None:
        err.write(_CLOSED_STDOUT.format(command="show"))
        return EXIT_FAILED
    if args.file == _batch.STDIN:
        source = _batch.Input(name=_batch.STDIN_SHOWN, path=None)
    elif Path(args.file).is_dir():
        err.write(f"{args.file}:1:1: cannot read: Is a directory\n")
        return EXIT_FAILED
    else:
        source = _batch.Input(name=args.file, path=Path(args.file))
    readable = sys.stdin.buffer if source.path is None else source.path
    try:
        articles = list(
            iter_articles(
                cast("Path | IO[bytes]", readable), dialect=args.dialect, format=args.format
            )
        )
    except _batch.READ_ERRORS as error:
        err.write(f"{source.name}:1:1: cannot read: {_batch.reason(error)}\n")
        return EXIT_FAILED
    if not articles:
        err.write(f"{source.name}:1:1: no story: nothing but blank lines, or nothing at all\n")
        return EXIT_NOTHING
    if len(articles) == 1:
        page = render_html(articles[0])
    else:
        page = _render_stories(articles, title=source.name)
    if args.output == "-":
        assert out is not None, "checked above"
        out.write(page)
        return EXIT_OK
    try:
        Path(args.output).write_text(page, encoding="utf-8", newline="")
    except OSError as error:
        err.write(f"{args.output}: cannot write: {error.strerror or error}\n")
        return EXIT_FAILED
    return EXIT_OK


def _add_schema_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the objects parse writes",
        description=(
            "Print the JSON Schema (draft 2020-12) of an article's JSON form, indented. Its\n"
            "$defs/record describes each object wireparse parse writes: the article and\n"
            '"file". It is what wireparse.json_schema() returns.'
        ),
        epilog=_SCHEMA_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


_SCHEMA_EPILOG = """\
examples:
  wireparse schema > wireparse.schema.json
      keep the schema, to validate JSON Lines with any JSON Schema validator

exit status:
  0  the schema was printed
  1  it could not be written
  2  the command line was wrong
"""


def _schema(out: TextIO | None) -> int:
    """Print the schema on ``out``: None when Python started with standard output closed."""
    if out is None:
        sys.stderr.write("<stdout>: cannot write: standard output is closed\n")
        return EXIT_FAILED
    try:
        # ASCII, non-ASCII characters escaped: the same text whatever the locale's encoding.
        out.write(json.dumps(json_schema(), indent=2) + "\n")
        out.flush()
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        else:
            sys.stderr.write(f"<stdout>: cannot write: {error.strerror or error}\n")
        return EXIT_FAILED
    return EXIT_OK
