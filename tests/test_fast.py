"""The one-pass parse of plain stories agrees with the rule chain on every story it reads.

:meth:`wireparse.Parser.read` hands a plain story to ``wireparse._fast.read`` when the rules
are the default ones; :meth:`~wireparse.Parser.run_rules` always runs the chain. Wherever the
fast parse gives an article, it must be the very article the chain gives.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wireparse
from _paths import SHARED, require
from wireparse import _fast, dialects, readers, rules
from wireparse.strategies import arbitrary_texts, dialect_stories, rendered_articles

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parents[1] / "examples"
CHAIN = wireparse.Parser()


def agree(text: str, dialect: dialects.Dialect, reference: datetime.date | None = None) -> bool:
    """Assert that the fast parse, if it reads ``text``, gives what the chain gives.

    Returns whether the fast parse read it.
    """
    chain = CHAIN.run_rules(text, dialect, reference, start_line=7)
    if not _fast.plain_dialect(dialect):
        return False
    fast = _fast.read(text, dialect, reference, 7, ())
    if fast is None:
        return False
    assert fast == chain
    return True


def stories() -> Iterator[Path]:
    yield from sorted(FIXTURES.glob("*.txt"))
    yield from sorted(EXAMPLES.glob("*.txt"))


PLAIN = """\
7156699

Home - World

Xinhua Headlines: Rain returns to the plateau (2)

Source: Xinhua
| May 6, 2025

KUNMING, May 5 (Xinhua) -- Rain fell on Yunnan's plateau on Monday.

The first showers came in the morning.

FARMERS WAIT

Farmers said they would plant next week. Enditem

7156699
"""


class TestReads:
    def test_a_plain_story(self) -> None:
        """The fast parse reads a plain story, and finds every element in it."""
        dialect = dialects.get("xinhua")
        article = _fast.read(PLAIN, dialect, None, 1, ())
        assert article is not None
        assert article == CHAIN.run_rules(PLAIN, dialect, None)
        assert article.headline is not None
        assert article.headline.kicker == "Xinhua Headlines"
        assert article.headline.take == "2"
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2025, 5, 5)
        assert [h.text for h in article.headings] == ["FARMERS WAIT"]
        assert article.terminator is not None
        assert article.furniture[0].kind == "breadcrumb"

    def test_parse_takes_it(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """parse() goes through the fast parse for a plain story, and not with other rules."""
        calls = []
        real = _fast.read

        def spy(*args: object) -> object:
            calls.append(args)
            return real(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(_fast, "read", spy)
        wireparse.parse(PLAIN)
        assert len(calls) == 1
        chain = rules.insert_after(rules.DEFAULT_RULES, "leftover", rules.Rule("x", print))
        wireparse.Parser(rules=chain).parse(PLAIN)
        assert len(calls) == 1

    @pytest.mark.parametrize(
        ("change", "why"),
        [
            (lambda t: t.replace("\n", "\r\n"), "CRLF"),
            (lambda t: t.replace("The first", "    The first"), "an indented line"),
            (lambda t: t.replace("\n7156699\n", "\n", 1), "an unpaired id line"),
            (lambda t: t.replace("Home - World", "By Ana Silva"), "a byline"),
            (lambda t: t.replace("| May 6, 2025", "Photo: Li Xin"), "an unknown line"),
            (lambda t: t.replace("next week. Enditem", "next week.\n\nEnditem"), "alone"),
            (lambda t: t.replace("Enditem", "\n\n(Reporting by Li Xin)"), "a trailer"),
            (lambda t: t.replace("morning.", "morning. Enditem"), "an early terminator"),
            (lambda t: t.replace("May 5 (", "Feb. 30 ("), "an invalid date"),
            (lambda t: t.replace("(Xinhua) --", "--"), "no dateline"),
            (lambda t: t.replace("\x5e", "") + "^Eds: note<\n", "a wire note"),
        ],
    )
    def test_gives_up(self, change: object, why: str) -> None:
        """What the fast parse is not made for goes to the chain, which parses it."""
        text = change(PLAIN)  # type: ignore[operator]
        assert text != PLAIN, why
        dialect = dialects.get("xinhua")
        assert _fast.read(text, dialect, None, 1, ()) is None, why
        assert wireparse.parse(text, dialect="xinhua") == CHAIN.run_rules(text, dialect, None)

    def test_an_iptc_header(self) -> None:
        """An IPTC 7901 header, even without its SOH, is a wire line the chain reads."""
        text = "eca001 3 i 50 dpa 0001\n\nBerlin (dpa) - Rain fell.\n\nIt stopped.\n"
        dialect = dialects.get("dpa")
        assert _fast.read(text, dialect, None, 1, ()) is None
        article = wireparse.parse(text, dialect="dpa")
        assert article == CHAIN.run_rules(text, dialect, None)
        assert [w.kind for w in article.wire_lines] == ["header"]

    def test_a_missing_terminator(self) -> None:
        """A missing terminator is the one defect the fast parse records itself."""
        text = PLAIN.replace(" Enditem", "")
        dialect = dialects.get("xinhua")
        assert agree(text, dialect)
        assert [d.code for d in wireparse.parse(text).defects] == ["no-terminator"]


class TestAgrees:
    @pytest.mark.parametrize("path", list(stories()), ids=lambda p: p.name)
    def test_every_story_of_the_repo(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        for dialect in [dialects.get(n) for n in dialects.names()]:
            agree(text, dialect)

    @given(rendered_articles())
    def test_generated_stories(self, drawn: tuple[object, str]) -> None:
        agree(drawn[1], dialects.get("xinhua"))

    @given(st.data())
    @settings(suppress_health_check=[HealthCheck.too_slow])
    def test_every_dialect(self, data: st.DataObject) -> None:
        dialect = data.draw(st.sampled_from([dialects.get(n) for n in dialects.names()]))
        story = data.draw(dialect_stories(dialect))
        agree(story.text, dialect, datetime.date(2025, 5, 6))

    @given(arbitrary_texts(), st.sampled_from(["xinhua", "afp", "tass", "ap", "yonhap"]))
    def test_any_text(self, text: str, name: str) -> None:
        agree(text, dialects.get(name))


@pytest.mark.timeout(600)
def test_the_corpora() -> None:
    """Every document of the corpora in ../shared, in the dialect detected for it."""
    corpora = require(SHARED / "corpora")
    read = 0
    for path in sorted((corpora / "aquaint").glob("*")):
        for document in readers.aquaint(path, parse=False):
            text = document.text
            read += agree(text, dialects.detect(text), document.date)
            dump = f"8000001\n\n{text}\n\n8000002\n"
            read += agree(dump, dialects.detect(dump), document.date)
    for path in sorted((corpora / "reuters21578").glob("reut2-*.sgm")):
        for document in readers.reuters21578(path, parse=False):
            agree(document.text, dialects.detect(document.text), document.date)
    assert read > 600  # the Xinhua stories, at least
