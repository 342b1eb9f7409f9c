"""The splitter: a dump cut into stories by id lines and by every registered dialect's
terminators, the same terminators the parser recognises."""

from __future__ import annotations

import io

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import _split, dialects
from wireparse._pipeline import iter_stories
from wireparse._split import endings
from wireparse.dialects import Dialect
from wireparse.rules.terminator import terminator_ending
from wireparse.strategies import dialect_stories

# Desk initials as AP and its kin print them alone on the story's last line.
DESK_INITIALS = ("(jai/mr)", "af-vj", "(gb)")


def terminator_variants(dialect: Dialect) -> list[str]:
    """Every way a story of ``dialect`` may be ended that its terminator pattern accepts:
    each terminator word as printed, with a period or an ellipsis after it, and with a
    carriage return shown in caret notation (``REUTER^M``); desk initials for dialects whose
    terminators are patterns."""
    variants = []
    for word in dialect.terminators:
        variants += [word, word + ".", word + "...", word + "^M", word.upper()]
    if dialect.terminator_patterns:
        variants += DESK_INITIALS
    return [v for v in variants if terminator_ending(v, dialect, 0, len(v)) is not None]


TERMINATED = [d for d in dialects.BUILT_IN if terminator_variants(d)]


def ended(story: str, dialect: Dialect, variant: str) -> str:
    """``story`` (rendered with its dialect's first terminator, or none) ended by ``variant``."""
    body = story.rstrip()
    for word in dialect.terminators[:1]:
        if body.endswith(word):
            body = body[: -len(word)].rstrip()
    glue = "\n" if dialect.terminator_alone or variant in DESK_INITIALS else " "
    return body + glue + variant


SENTENCES = (
    "Rain fell on the farms of the district on Tuesday, officials said.",
    "Trains ran late after the storm, the railway said.",
    "The market opened higher and closed lower.",
)


@st.composite
def dumps(draw: st.DrawFn) -> tuple[list[str], str]:
    """A dump of a story of every built-in dialect, each ending with one of its dialect's
    terminator variants (every variant of every dialect in some example). Either every story
    sits between an opening and a closing id line, or none has id lines and the dump holds
    the dialects with terminators only. A few stories are drawn in full from
    :func:`wireparse.strategies.dialect_stories`."""
    stories = []
    paired = draw(st.booleans())
    full = set(draw(st.lists(st.sampled_from(dialects.BUILT_IN), max_size=3)))
    chosen = dialects.BUILT_IN if paired else TERMINATED
    for number, dialect in enumerate(draw(st.permutations(chosen))):
        if dialect in full:
            text = draw(dialect_stories(dialect)).text
        else:
            text = _story(dialect, draw(st.sampled_from(SENTENCES)))
        if dialect in TERMINATED:
            text = ended(text, dialect, draw(st.sampled_from(terminator_variants(dialect))))
        if paired:
            text = f"{7000 + 2 * number}\n{text.rstrip()}\n{7001 + 2 * number}"
        stories.append(text.rstrip())
    separator = draw(st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n"]))
    text = separator.join(
        s.replace("\n", "\r\n") if separator == "\r\n\r\n" else s for s in stories
    )
    return stories, text + separator


def test_every_dialect_with_terminators_has_variants() -> None:
    """Each dialect with a terminator word or pattern has variants its pattern accepts."""
    assert [d for d in dialects.BUILT_IN if d.terminators or d.terminator_patterns] == TERMINATED


@settings(max_examples=60)
@given(dumps())
def test_a_dump_of_every_dialect_splits_one_for_one(drawn: tuple[list[str], str]) -> None:
    """Without a dialect named, each story of each dialect comes back alone, whole."""
    stories, text = drawn
    split = [story.text for story in iter_stories(io.StringIO(text, newline=""))]
    assert [s.replace("\r\n", "\n") for s in split] == stories


@pytest.mark.parametrize(
    ("dialect", "variant"),
    [(d, v) for d in TERMINATED for v in terminator_variants(d)],
    ids=lambda value: value.name if isinstance(value, Dialect) else value,
)
def test_each_variant_ends_a_story(dialect: Dialect, variant: str) -> None:
    """Each terminator variant of each dialect ends a story when no dialect is named, and
    when its own is."""
    first = ended(_story(dialect, "Rain falls on farms"), dialect, variant)
    second = ended(_story(dialect, "Trains run late again"), dialect, variant)
    text = first + "\n\n" + second + "\n"
    for named in (None, dialect):
        split = [s.text for s in iter_stories(io.StringIO(text), dialect=named)]
        assert split == [first, second]


def _story(dialect: Dialect, headline: str) -> str:
    """A short story of ``dialect``, without its terminator, written out by hand."""
    tag = dialect.agency_tags[0] if dialect.agency_tags else dialect.agency
    return f"{headline}\n\nPARIS, May 6 ({tag}) -- {headline}, officials said on Tuesday."


def test_a_user_dialect_terminator_splits() -> None:
    """A dialect registered by the user ends stories with its own terminator."""
    mine = Dialect(
        name="test-split-wire", agency="Test Wire", agency_tags=("TW",), terminators=("-30-",)
    )
    text = "A\n\nPARIS (TW) -- One. -30-\n\nB\n\nPARIS (TW) -- Two. -30-\n"
    assert len(list(iter_stories(io.StringIO(text)))) == 1
    dialects.register(mine)
    try:
        assert mine in endings(None).dialects
        assert [s.text[0] for s in iter_stories(io.StringIO(text))] == ["A", "B"]
        assert [a.dialect for a in wireparse.iter_articles(text)] == [mine.name] * 2
    finally:
        dialects._REGISTRY.pop(mine.name)
    assert mine not in endings(None).dialects  # the registry changed: the endings with it


def test_reuters_1987_dump_without_ids_splits_without_a_dialect() -> None:
    """Hard-wrapped 1987 Reuters copy signed ``Reuter``, no id lines: one story each."""
    story = (
        "GRAIN SHIPS WAIT AT PORT {n}\n\n"
        "    NEW ORLEANS, March {n} - Grain ships waited at the port on\n"
        "Tuesday, shippers said.\n"
        "    Loading resumed later in the day.\n"
        " Reuter\n"
    )
    text = "".join(story.format(n=n) for n in range(1, 21))
    articles = list(wireparse.iter_articles(io.StringIO(text)))
    assert len(articles) == 20
    assert {a.dialect for a in articles} == {"reuters-1987"}
    assert all(a.terminator is not None and a.terminator.text == "Reuter" for a in articles)
    assert not any(a.defects for a in articles)


@pytest.mark.parametrize("ending", ["Enditem...", "REUTER^M", "Enditem."])
def test_terminator_forms_the_parser_reads_split(ending: str) -> None:
    """A story ending in ``Enditem...`` or ``REUTER^M`` is split from the next one."""
    story = "Rain in Kunming\n\nKUNMING, May 6 (Xinhua) -- Rain fell. {}\n"
    text = story.format(ending) + "\n" + story.format("Enditem")
    assert len(list(iter_stories(io.StringIO(text)))) == 2


def test_trailer_under_the_terminator_stays_with_its_story() -> None:
    """A transmission stamp right under ``==Kyodo`` belongs to the story it ends."""
    story = (
        "Rain stops play in Saitama\n\nSAITAMA, Japan, Dec. 9 Kyodo - Rain stopped play.\n"
        "==Kyodo\n\x03KWS-21:37-09-12-18\x04\n"
    )
    split = [s.text for s in iter_stories(io.StringIO(story + "\n" + story))]
    assert split == [story.rstrip("\n")] * 2
    assert [a.dialect for a in wireparse.iter_articles(story + "\n" + story)] == ["kyodo"] * 2


@given(st.text(alphabet="ab \n\r.-=^MReutIEND()/", max_size=4000))
def test_splitting_loses_nothing(text: str) -> None:
    """Every non-blank character of any text lies in exactly one story."""
    split = "".join(s.text for s in iter_stories(io.StringIO(text, newline="")))
    assert [c for c in split if not c.isspace()] == [c for c in text if not c.isspace()]


@pytest.mark.timeout(60)
def test_long_adversarial_lines_split_in_linear_time() -> None:
    """Long runs of what a terminator or an id line is made of find no terminator and do
    not hang: letters, dots, caret notation, white space, digits."""
    pieces = ("Reute", "((((ab/", "Enditem" * 3 + "x", "a/" * 3, ". " * 5, "^M.", " ", "\u3000")
    for piece in (*pieces, "7", "7 ", "x" + " " * 30):
        text = "x" + piece * 40_000 + "\n"
        assert len(list(iter_stories(io.StringIO(text)))) == 1
        assert len(list(iter_stories(io.StringIO(text.replace("\n", "\r\n"))))) == 1


# Pieces of lines that come near a terminator, an id line or neither: words, dots, caret
# notation, white space of every kind the splitter knows, digits, CR and LF.
_PIECES = [
    "Enditem",
    "enditem.",
    "REUTER",
    "Reuter...",
    "^M",
    "==Kyodo",
    "(END)",
    "（完）",
    "-- IANS",
    "(jai/mr)",
    "af-vj",
    "Fin",
    "ends",
    "friends",
    "Xenditem",
    "said.",
    "7156699",
    "12",
    " ",
    "\t",
    "\u3000",
    "\u00a0",
    "\ufeff",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "x",
]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.booleans(),
)
def test_one_pass_finds_what_each_pattern_finds(text: str, pos: int, crlf: bool) -> None:
    """The one pass over a dump's lines finds the id lines the id-line pattern finds and the
    terminators that the terminator pattern, tried at every line's end, finds."""
    text = text.replace("\r\n", "\n").replace("\r", "")  # LF or CRLF text: what the pass reads
    if crlf:
        text = text.replace("\n", "\r\n")
    pos = text.rfind("\n", 0, min(pos, len(text))) + 1  # where a line starts
    # Each from a fresh start: the dialect of the last terminator found is tried first, so
    # the two read the same lines in the same order from the same state.
    every = endings(None).dialects
    ids, ends = _split.Endings(every).scan(text, pos)
    assert ids == [m.span("id") for m in _split.ID_LINE_LF.finditer(text, pos)]
    assert ends == dict(_split.Endings(every).find(text, pos))


# Dialects of a user's that end stories in ways no built-in one does: desk initials that may
# follow the text on its last line (a pattern that needs not stand alone), and a number.
GLUED_INITIALS = Dialect(
    name="test-split-glued",
    agency="Glued Wire",
    agency_tags=("GW",),
    terminator_patterns=(r"(?-i: \( [a-z]{2,4}+ \) )",),
)
NUMBERED = Dialect(
    name="test-split-30", agency="Thirty Wire", agency_tags=("TH",), terminators=("30",)
)


@given(
    st.lists(st.sampled_from([*_PIECES, "(ab)", "30", " 30", "ab)"]), max_size=30).map("".join),
    st.booleans(),
)
def test_one_pass_finds_what_each_line_gives_for_any_terminators(text: str, crlf: bool) -> None:
    """With terminators given as a pattern that need not stand alone, and a terminator of
    digits (so that an id line may end in one), the one pass still finds what judging every
    line finds."""
    text = text.replace("\r\n", "\n").replace("\r", "")
    if crlf:
        text = text.replace("\n", "\r\n")
    every = [*endings(None).dialects, GLUED_INITIALS, NUMBERED]
    ids, ends = _split.Endings(every).scan(text, 0)  # each from a fresh start, as above
    assert ids == [m.span("id") for m in _split.ID_LINE_LF.finditer(text, 0)]
    assert ends == dict(_split.Endings(every).find(text, 0))


def test_remembered_short_lines_change_nothing() -> None:
    """A short line that ends in no terminator is remembered; remembering gives what
    matching again gives."""
    story = "Rain in Kunming\n\nXinhua\n\nKUNMING, May 6 (Xinhua) -- Rain fell. Enditem\n"
    text = "".join(f"{n}\n{story}\n" for n in range(100, 140))
    fresh = _split.Endings(endings(None).dialects)
    first = fresh.scan(text, 0)
    assert "Xinhua" in fresh._not_ending  # the agency's line was matched once, then remembered
    assert fresh.scan(text, 0) == first == _split.Endings(endings(None).dialects).scan(text, 0)
    assert len(first[1]) == 40


def test_only_the_known_characters_beyond_ascii_fold_to_ascii() -> None:
    """The classes of the one pass take, for an ASCII letter, the characters beyond ASCII
    that `regex`, case ignored, takes for one: those of ``_FOLDS_TO_ASCII``, and no other."""
    letter = regex.compile(r"[A-Za-z]", regex.IGNORECASE)
    found = [chr(code) for code in range(0x80, 0x110000) if letter.fullmatch(chr(code))]
    assert "".join(found) == _split._FOLDS_TO_ASCII
