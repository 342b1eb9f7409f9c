"""Errors: strict mode raises ParseError at a line and column; misuse raises in both modes."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest

import wireparse
from wireparse import DefectCode, ParseError, WireparseError, readers

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class TestBaseError:
    def test_parse_error_is_value_error(self) -> None:
        """ParseError is a ValueError."""
        assert issubclass(ParseError, ValueError)

    def test_one_base_catches_a_story_defect(self) -> None:
        """The ParseError strict mode raises is caught as a WireparseError."""
        with pytest.raises(WireparseError) as caught:
            wireparse.parse("Rain fell.", strict=True)
        assert type(caught.value) is ParseError

    def test_one_base_catches_bad_markup(self) -> None:
        """The CorpusError a strict reader raises is caught as a WireparseError, and as a
        ValueError as before."""
        for base in (WireparseError, ValueError):
            with pytest.raises(base) as caught:
                list(readers.aquaint(io.StringIO("</P>\n</DOC>\n"), strict=True))  # type: ignore[arg-type]
            assert type(caught.value) is readers.CorpusError
            assert str(caught.value) == "<stream>:1: </P> closes no open <P>"


class TestStrict:
    def test_missing_terminator(self) -> None:
        """A missing terminator raises at the end of the text, naming line and column."""
        with pytest.raises(ParseError) as caught:
            wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.", strict=True)
        error = caught.value
        assert str(error) == (
            "line 3, column 38: the story does not end with 'Enditem' [no-terminator]"
        )
        assert (error.line, error.column) == (3, 38)
        assert error.defect == wireparse.Defect(
            code=DefectCode.NO_TERMINATOR,
            message="the story does not end with 'Enditem'",
            span=(43, 43),
        )

    def test_first_defect_raises(self) -> None:
        """Strict mode raises the first defect in the order of the text."""
        with pytest.raises(ParseError) as caught:
            wireparse.parse("Rain fell.\n\nMore.", strict=True)
        assert str(caught.value) == (
            "line 1, column 1: no line near the top opens with a Xinhua dateline [no-dateline]"
        )

    def test_invalid_date(self) -> None:
        """An impossible dateline date raises at the dateline."""
        with pytest.raises(ParseError, match=r"^line 3, column 1: .*\[invalid-date\]$"):
            wireparse.parse("Rain\n\nBEIJING, Feb. 30 (Xinhua) -- Rain. Enditem", strict=True)

    def test_columns_count_characters(self) -> None:
        """Columns count characters, not bytes, and start at 1 after a CRLF."""
        last = "  \u00d6REBRO, May 6 (Xinhua) -- Rain at the caf\u00e9."
        text = "Rain \u00e9t\u00e9\r\n\r\n" + last
        with pytest.raises(ParseError) as caught:
            wireparse.parse(text, strict=True)
        assert caught.value.defect.code is DefectCode.NO_TERMINATOR
        assert (caught.value.line, caught.value.column) == (3, len(last) + 1)

    def test_crlf_line_numbers(self) -> None:
        """In a CRLF story a strict error names the line as an editor counts it."""
        text = (FIXTURES / "crlf.txt").read_bytes().decode("utf-8").replace(" Enditem", "")
        with pytest.raises(ParseError) as caught:
            wireparse.parse(text, strict=True)
        assert (caught.value.line, caught.value.column) == (15, 8)

    def test_clean_story_passes(self) -> None:
        """A story without defects parses the same in strict and lenient mode."""
        text = (FIXTURES / "bom.txt").read_bytes().decode("utf-8")
        assert wireparse.parse(text, strict=True) == wireparse.parse(text)

    @pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
    def test_strict_fails_exactly_when_defects(self, name: str) -> None:
        """Strict mode fails on a fixture exactly when lenient mode reports a defect."""
        text = (FIXTURES / name).read_bytes().decode("utf-8")
        article = wireparse.parse(text)
        if article.defects:
            with pytest.raises(ParseError) as caught:
                wireparse.parse(text, strict=True)
            assert caught.value.defect == article.defects[0]
        else:
            assert wireparse.parse(text, strict=True) == article


class TestEmpty:
    @pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n\t\u00a0\ufeff"])
    def test_empty_defect(self, text: str) -> None:
        """Text without a visible character gives one "empty" defect and nothing else."""
        article = wireparse.parse(text)
        assert article.defects == (
            wireparse.Defect(code=DefectCode.EMPTY, message="the text is empty", span=(0, 0)),
        )
        assert (article.headline, article.dateline, article.terminator) == (None, None, None)
        assert article.sections == ()

    def test_empty_strict(self) -> None:
        """The empty string in strict mode raises at line 1, column 1."""
        with pytest.raises(ParseError, match=r"^line 1, column 1: the text is empty \[empty\]$"):
            wireparse.parse("", strict=True)


class TestMisuse:
    @pytest.mark.parametrize("strict", [False, True])
    @pytest.mark.parametrize(
        ("value", "name"), [(None, "NoneType"), (12, "int"), (["Rain"], "list")]
    )
    def test_non_str(self, value: object, name: str, strict: bool) -> None:
        """A value that is no str raises TypeError in both modes."""
        with pytest.raises(TypeError) as caught:
            wireparse.parse(value, strict=strict)  # type: ignore[arg-type]
        assert str(caught.value) == f"parse() expects str, not {name}; decode bytes first"

    @pytest.mark.parametrize("strict", [False, True])
    def test_bytes(self, strict: bool) -> None:
        """Bytes raise TypeError asking to decode first, in both modes."""
        with pytest.raises(
            TypeError, match=r"^parse\(\) expects str, not bytes; decode bytes first$"
        ):
            wireparse.parse(b"BEIJING, May 6 (Xinhua) -- Rain. Enditem", strict=strict)  # type: ignore[arg-type]

    @pytest.mark.parametrize("strict", [False, True])
    def test_reference_date_type(self, strict: bool) -> None:
        """A reference date that is no date raises TypeError in both modes."""
        with pytest.raises(TypeError, match=r"^reference_date must be a datetime\.date, not str$"):
            wireparse.parse("Rain", strict=strict, reference_date="2025-05-06")  # type: ignore[arg-type]

    def test_reference_datetime(self) -> None:
        """A datetime, which is a date, serves as reference date by its calendar day."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain. Enditem",
            reference_date=datetime.datetime(2025, 5, 7, 12, 30),
        )
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2025, 5, 6)

    @pytest.mark.parametrize("strict", [False, True])
    def test_unknown_dialect(self, strict: bool) -> None:
        """An unknown dialect name raises KeyError in both modes."""
        with pytest.raises(KeyError, match="unknown dialect 'apx'; known dialects: aap, afp, "):
            wireparse.parse("Rain", strict=strict, dialect="apx")

    @pytest.mark.parametrize("strict", [False, True])
    def test_dialect_type(self, strict: bool) -> None:
        """A dialect that is no Dialect, name or None raises TypeError in both modes."""
        with pytest.raises(TypeError, match="dialect must be a Dialect, a name or None, not int"):
            wireparse.parse("Rain", strict=strict, dialect=1)  # type: ignore[arg-type]

    def test_misuse_beats_empty(self) -> None:
        """Misuse is reported even when the text is empty."""
        with pytest.raises(KeyError):
            wireparse.parse("", dialect="apx")
