"""The corpus readers, on SGML written for these tests in each corpus's format, and on the
corpora in ../shared when they are there."""

from __future__ import annotations

import bz2
import datetime
import gzip
import io
import lzma
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from _paths import SHARED, require
from wireparse import readers
from wireparse.readers import CorpusError, Document

# -- Documents written for these tests ----------------------------------------------------------


def reuters_doc(
    newid: str = "7",
    *,
    date: str = "12-MAR-1987 14:05:33.10",
    text_type: str = "",
    title: str | None = "ACME MILLS RAISES OAT OUTPUT",
    author: str | None = None,
    dateline: str | None = "    GREENVILLE, Ohio, March 12 - ",
    body: str | None = (
        "Acme Mills Inc said it raised\n"
        "oat output by ten pct this quarter.\n"
        "    The company said demand from bakers\n"
        "was strong.\n"
        " Reuter\n"
        "&#3;"
    ),
    untagged: str = "",
) -> str:
    """A <REUTERS> element in the layout of Reuters-21578, around an invented story."""
    parts = [
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" NEWID="{newid}">',
        f"<DATE>{date}</DATE>",
        "<TOPICS><D>grain</D><D>oat</D></TOPICS>",
        "<PLACES><D>usa</D></PLACES>",
        "<PEOPLE></PEOPLE>",
        "<ORGS></ORGS>",
        "<EXCHANGES></EXCHANGES>",
        "<COMPANIES></COMPANIES>",
        "<UNKNOWN> ",
        "&#5;&#5;&#5;G",
        "&#22;&#22;&#1;f0001&#31;reute",
        "r f BC-ACME-MILLS   03-12 0042</UNKNOWN>",
        f"<TEXT{text_type}>&#2;",
    ]
    inner = untagged
    if title is not None:
        inner += f"<TITLE>{title}</TITLE>\n"
    if author is not None:
        inner += f"<AUTHOR>{author}</AUTHOR>\n"
    if dateline is not None:
        inner += f"<DATELINE>{dateline}</DATELINE>"
    if body is not None:
        inner += f"<BODY>{body}</BODY>"
    parts.append(inner + "</TEXT>")
    parts.append("</REUTERS>")
    return "\n".join(parts) + "\n"


def reuters_file(*documents: str) -> str:
    return '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(documents)


def aquaint_doc(
    docno: str = "XIE20240506.0012",
    *,
    date_time: str | None = "2024-05-06 10:21",
    headline: str | None = "Tea exports from Yunnan rise",
    paragraphs: tuple[str, ...] = (
        (
            "KUNMING, May 6 (Xinhua) -- Tea exports from southwest China's\n"
            "Yunnan Province rose in April, local officials said Monday."
        ),
        "Growers shipped more green tea to Africa than a year earlier.",
    ),
    text: str | None = None,
    between: str = "",
) -> str:
    """A <DOC> element in the layout of AQUAINT, around an invented story."""
    lines = ["", "<DOC>", f"<DOCNO> {docno} </DOCNO>", "<DOCTYPE> NEWS STORY </DOCTYPE>"]
    if date_time is not None:
        lines.append(f"<DATE_TIME> {date_time} </DATE_TIME>")
    lines += ["<HEADER>", "A1234 &Cx1f; tta-z", "u i &Cx13;  &Cx11;  BC-TEA &LR;", "</HEADER>"]
    lines += ["<BODY>", "<SLUG> BC-TEA </SLUG>"]
    if headline is not None:
        lines.append(f"<HEADLINE>\n{headline}\n</HEADLINE>")
    if between:
        lines.append(between)
    lines.append("<TEXT>")
    if text is not None:
        lines.append(text)
    else:
        for paragraph in paragraphs:
            lines += ["<P>", paragraph, "</P>"]
    lines += ["</TEXT>", "</BODY>", "<TRAILER>", "XIE-05-06-24 1021EST &QL;", "</TRAILER>"]
    lines += ["</DOC>", ""]
    return "\n".join(lines)


def read_reuters(sgml: str, **options: object) -> list[Document]:
    return list(readers.reuters21578(io.StringIO(sgml), **options))  # type: ignore[arg-type]


def read_aquaint(sgml: str, **options: object) -> list[Document]:
    return list(readers.aquaint(io.StringIO(sgml), **options))  # type: ignore[arg-type]


# -- Reuters-21578 ------------------------------------------------------------------------------


class TestReuters:
    def test_one_document(self) -> None:
        """A story gives its id, date, fields and the text a reader sees."""
        [document] = read_reuters(reuters_file(reuters_doc()))
        assert document.id == "7"
        assert document.date == datetime.date(1987, 3, 12)
        assert document.text == (
            "ACME MILLS RAISES OAT OUTPUT\n"
            "\n"
            "    GREENVILLE, Ohio, March 12 - Acme Mills Inc said it raised\n"
            "oat output by ten pct this quarter.\n"
            "    The company said demand from bakers\n"
            "was strong.\n"
            " Reuter\n"
        )
        assert document.fields == readers.Fields(
            title="ACME MILLS RAISES OAT OUTPUT",
            author=None,
            dateline="GREENVILLE, Ohio, March 12 -",
            paragraphs=(
                "Acme Mills Inc said it raised\noat output by ten pct this quarter.",
                "The company said demand from bakers\nwas strong.",
                "Reuter",
            ),
            kind="NORM",
            extra=(),
        )
        assert document.issues == ()
        assert document.line == 2

    def test_article_is_the_parse_of_the_text(self) -> None:
        """The article is the text parsed with the document's date as reference."""
        [document] = read_reuters(reuters_file(reuters_doc()))
        expected = wireparse.parse(document.text, reference_date=datetime.date(1987, 3, 12))
        assert document.article == expected
        assert document.article.headline is not None
        assert document.article.headline.text == "ACME MILLS RAISES OAT OUTPUT"

    def test_many_documents_in_order(self) -> None:
        """Every <REUTERS> element of a file is yielded, in file order."""
        sgml = reuters_file(*(reuters_doc(str(n)) for n in (3, 1, 2)))
        assert [d.id for d in read_reuters(sgml)] == ["3", "1", "2"]

    def test_entities(self) -> None:
        """Entities are resolved; framing and line-noise control characters are removed."""
        body = "Bolt &lt;BLT.N> &amp; Nut said it&#127;s\nplans &unknown; stand.\n Reuter\n&#3;"
        [document] = read_reuters(reuters_file(reuters_doc(title="BOLT &lt;BLT> PLAN", body=body)))
        assert document.fields.title == "BOLT <BLT> PLAN"
        assert (
            document.fields.paragraphs[0] == "Bolt <BLT.N> & Nut said its\nplans &unknown; stand."
        )
        assert "\x03" not in document.text
        assert "\x7f" not in document.text

    def test_brief(self) -> None:
        """A brief is its title alone; the corpus's placeholder is kept apart."""
        sgml = reuters_doc(
            text_type=' TYPE="BRIEF"',
            untagged="******",
            title="ACME MILLS SETS OAT DIVIDEND\n",
            dateline=None,
            body=None,
        ).replace("</TITLE>\n", "</TITLE>Blah blah blah.\n&#3;\n\n")
        [document] = read_reuters(sgml)
        assert document.text == "ACME MILLS SETS OAT DIVIDEND\n"
        assert document.fields.kind == "BRIEF"
        assert document.fields.paragraphs == ()
        assert document.fields.extra == ("******", "Blah blah blah.")
        assert document.issues == ()

    def test_unprocessed(self) -> None:
        """An UNPROC story is the untagged text of its <TEXT>."""
        untagged = (
            "\nACME WEEKLY OAT STOCKS\n    Week ended March 6\n Oats....120 vs 118\n Reuter\n&#3;"
        )
        [document] = read_reuters(
            reuters_doc(
                text_type=' TYPE="UNPROC"', untagged=untagged, title=None, dateline=None, body=None
            )
        )
        assert document.text == (
            "ACME WEEKLY OAT STOCKS\n    Week ended March 6\n Oats....120 vs 118\n Reuter\n"
        )
        assert document.fields.kind == "UNPROC"
        assert document.fields.title is None
        assert document.fields.paragraphs == (
            "ACME WEEKLY OAT STOCKS",
            "Week ended March 6",
            "Oats....120 vs 118",
            "Reuter",
        )

    def test_author(self) -> None:
        """The byline is a line of the text between the title and the dateline."""
        [document] = read_reuters(reuters_doc(author="    by Ann Doe, Reuters"))
        assert document.fields.author == "by Ann Doe, Reuters"
        assert document.text.startswith(
            "ACME MILLS RAISES OAT OUTPUT\n\n    by Ann Doe, Reuters\n    GREENVILLE, Ohio"
        )

    def test_dateline_on_a_line_of_its_own(self) -> None:
        """A dateline ending its line keeps the lead on the next, indented."""
        [document] = read_reuters(
            reuters_doc(dateline="    GREENVILLE, Ohio, March 12 -\n    ", body="Oats rose.\n")
        )
        assert document.text.endswith("    GREENVILLE, Ohio, March 12 -\n    Oats rose.\n")
        assert document.fields.paragraphs == ("Oats rose.",)

    @pytest.mark.parametrize(
        ("date", "expected"),
        [
            (" 2-MAR-1987 09:12:56.11", datetime.date(1987, 3, 2)),
            ("19-OCT-1987 16:00:01.99&#9;&#9;&#9;F RM", datetime.date(1987, 10, 19)),
            ("5-apr-1987  10:01:00.00", datetime.date(1987, 4, 5)),
        ],
    )
    def test_dates(self, date: str, expected: datetime.date) -> None:
        """Dates are read in each form the corpus prints, desk codes after the time ignored."""
        [document] = read_reuters(reuters_doc(date=date))
        assert document.date == expected

    @pytest.mark.parametrize("date", ["30-FEB-1987 10:00:00.00", "yesterday", ""])
    def test_bad_date(self, date: str) -> None:
        """An impossible or unreadable date gives None and an issue."""
        [document] = read_reuters(reuters_doc(date=date))
        assert document.date is None
        assert [i.message for i in document.issues] == [
            f"the document has an unreadable <DATE> {date.strip()!r}"
        ]

    def test_no_newid(self) -> None:
        """A document without NEWID has no id, and says so."""
        [document] = read_reuters(reuters_doc().replace(' NEWID="7"', ""))
        assert document.id is None
        assert document.issues == (
            readers.Issue(line=1, message="the <REUTERS> tag has no NEWID attribute"),
        )


# -- AQUAINT and Gigaword -----------------------------------------------------------------------


class TestAquaint:
    def test_one_document(self) -> None:
        """A story gives its id, date, fields and the text a reader sees."""
        [document] = read_aquaint(aquaint_doc())
        assert document.id == "XIE20240506.0012"
        assert document.date == datetime.date(2024, 5, 6)
        assert document.text == (
            "Tea exports from Yunnan rise\n"
            "\n"
            "KUNMING, May 6 (Xinhua) -- Tea exports from southwest China's\n"
            "Yunnan Province rose in April, local officials said Monday.\n"
            "\n"
            "Growers shipped more green tea to Africa than a year earlier.\n"
        )
        assert document.fields == readers.Fields(
            title="Tea exports from Yunnan rise",
            author=None,
            dateline=None,
            paragraphs=(
                (
                    "KUNMING, May 6 (Xinhua) -- Tea exports from southwest China's\n"
                    "Yunnan Province rose in April, local officials said Monday."
                ),
                "Growers shipped more green tea to Africa than a year earlier.",
            ),
            kind="NEWS STORY",
            extra=(),
        )
        assert document.issues == ()
        assert document.line == 2

    def test_reference_date(self) -> None:
        """The dateline's date is resolved against the document's date."""
        [document] = read_aquaint(aquaint_doc())
        assert document.article is not None
        assert document.article.dateline is not None
        assert document.article.dateline.date == datetime.date(2024, 5, 6)

    def test_many_documents_in_one_file(self) -> None:
        """Every <DOC> of a file is yielded, in file order."""
        ids = ["XIE20240506.0012", "XIE20240506.0013", "XIE20240507.0001"]
        documents = read_aquaint("".join(aquaint_doc(i) for i in ids))
        assert [d.id for d in documents] == ids
        assert [d.date for d in documents] == [datetime.date(2024, 5, 6)] * 3

    def test_gigaword(self) -> None:
        """Gigaword's id and type attributes and its DATELINE element are read."""
        sgml = (
            '<DOC id="AFP_ENG_20240506.0042" type="story" >\n'
            "<HEADLINE>\nFerry line opens\n</HEADLINE>\n"
            "<DATELINE>\nMOMBASA, May 6 (AFP)\n</DATELINE>\n"
            "<TEXT>\n<P>\nA new ferry line opened on Monday.\n</P>\n"
            "<P>\nIt carries trucks.\n</P>\n</TEXT>\n</DOC>\n"
        )
        [document] = read_aquaint(sgml)
        assert document.id == "AFP_ENG_20240506.0042"
        assert document.date == datetime.date(2024, 5, 6)
        assert document.fields.kind == "story"
        assert document.fields.dateline == "MOMBASA, May 6 (AFP)"
        assert document.text == (
            "Ferry line opens\n\nMOMBASA, May 6 (AFP)\nA new ferry line opened on Monday.\n\n"
            "It carries trucks.\n"
        )

    def test_text_without_paragraph_elements(self) -> None:
        """A TEXT without P is kept as printed, its paragraphs found by their indent."""
        text = (
            "\t   NAIROBI, Kenya (AP) _ Rain fell on the city\n"
            "for a third day.\n"
            "\t   Roads were closed.\n"
            "\t   (ab/cd)\n"
        )
        [document] = read_aquaint(aquaint_doc("APW20240506.0001", text=text))
        assert document.text == "Tea exports from Yunnan rise\n\n" + text
        assert document.fields.paragraphs == (
            "NAIROBI, Kenya (AP) _ Rain fell on the city\nfor a third day.",
            "Roads were closed.",
            "(ab/cd)",
        )

    def test_anpa_entities(self) -> None:
        """ANPA typesetting codes print nothing; &AMP; is an ampersand; &HT; a tab."""
        paragraphs = ("&UR;  &LR; BOSTON _ Smith &AMP; Sons opened. &QL;", "&QL;")
        [document] = read_aquaint(
            aquaint_doc("NYT20240506.0001", headline="&HT;   ", paragraphs=paragraphs)
        )
        assert document.fields.title is None
        assert document.fields.paragraphs == ("BOSTON _ Smith & Sons opened.",)
        assert document.text == "BOSTON _ Smith & Sons opened.\n"

    def test_blank_line_inside_a_paragraph(self) -> None:
        """A blank line inside a P is dropped: in the text, blank lines separate paragraphs."""
        paragraphs = ("KUNMING, May 6 (Xinhua) -- Tea exports rose\n\n  \nin April.", "More.")
        [document] = read_aquaint(aquaint_doc(paragraphs=paragraphs))
        assert document.fields.paragraphs == (
            "KUNMING, May 6 (Xinhua) -- Tea exports rose\nin April.",
            "More.",
        )
        assert document.text.endswith("rose\nin April.\n\nMore.\n")

    def test_front_matter_is_extra(self) -> None:
        """Untagged lines between the headline and the text are kept apart from the text."""
        between = "   (For use by clients of the service.)  \n By ANN DOE  "
        [document] = read_aquaint(aquaint_doc(between=between))
        assert document.fields.extra == ("(For use by clients of the service.)\n By ANN DOE",)
        assert "ANN DOE" not in document.text

    def test_metadata_left_out(self) -> None:
        """HEADER, SLUG and TRAILER text is neither in the text nor in the extra."""
        [document] = read_aquaint(aquaint_doc())
        assert "BC-TEA" not in document.text
        assert "1021EST" not in document.text
        assert document.fields.extra == ()

    @pytest.mark.parametrize(
        ("docno", "date_time", "expected"),
        [
            # A story filed late in the evening carries the next day's id.
            ("XIE20240507.0001", "2024-05-06 23:40", datetime.date(2024, 5, 6)),
            ("APW20240604.0001", "06/04/2024 09:18:00", datetime.date(2024, 6, 4)),
            # Day and month swapped: the id's date is believed.
            ("APW20240614.0001", "2024-14-06 10:00:00", datetime.date(2024, 6, 14)),
            ("APW20240601.0001", "2024-01-06 08:28:00", datetime.date(2024, 6, 1)),
            ("APW20240601.0001", None, datetime.date(2024, 6, 1)),
            ("STORY-7", "2024-05-06", datetime.date(2024, 5, 6)),
            # TAC KBP and ERE stamps, and ACE's compact one.
            ("APW_ENG_20240506.0001.LDC2009T13", "2024-05-06", datetime.date(2024, 5, 6)),
            ("STORY-7", "2024-05-06T09:30:00", datetime.date(2024, 5, 6)),
            ("STORY-7", "20240506", datetime.date(2024, 5, 6)),
            ("STORY-7", "20240506.1130", datetime.date(2024, 5, 6)),
        ],
    )
    def test_dates(self, docno: str, date_time: str | None, expected: datetime.date | None) -> None:
        """DATE_TIME is believed when it is near the id's date, the id's date otherwise."""
        [document] = read_aquaint(aquaint_doc(docno, date_time=date_time))
        assert document.date == expected
        assert document.issues == ()

    def test_no_date(self) -> None:
        """A document with no date anywhere has none, and says so."""
        [document] = read_aquaint(aquaint_doc("STORY-7", date_time=None))
        assert document.date is None
        assert [i.message for i in document.issues] == ["the document has no readable date"]


# -- Every LDC variant -------------------------------------------------------------------------

LDC_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ldc"


class TestLdcVariants:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("aquaint.sgml", [("XIE20240506.0012", datetime.date(2024, 5, 6), "NEWS STORY")]),
            (
                "gigaword.sgml",
                [
                    (f"AFP_ENG_20240506.00{n}", datetime.date(2024, 5, 6), kind)
                    for n, kind in (
                        ("42", "story"),
                        ("43", "multi"),
                        ("44", "advis"),
                        ("45", "other"),
                    )
                ],
            ),
            (
                "kbp2010.sgm",
                [("APW_ENG_20240507.0101.LDC2009T13", datetime.date(2024, 5, 7), "NEWS STORY")],
            ),
            ("ere.xml", [("XIN_ENG_20240508.0007", datetime.date(2024, 5, 8), None)]),
            ("ace2005.sgm", [("AFP_ENG_20240509.0031", datetime.date(2024, 5, 9), "NEWS STORY")]),
        ],
    )
    def test_id_date_and_type(
        self, name: str, expected: list[tuple[str, datetime.date, str | None]]
    ) -> None:
        """Each variant's documents are read with their id, date and type, without issues."""
        documents = list(readers.aquaint(LDC_FIXTURES / name))
        assert [(d.id, d.date, d.type) for d in documents] == expected
        assert [d.type for d in documents] == [d.fields.kind for d in documents]
        assert all(d.issues == () for d in documents)
        assert all(d.text and d.article is not None for d in documents)

    def test_kbp_source_document(self) -> None:
        """TAC KBP's DOCID and DATETIME are the id and date; BODY holds headline and text."""
        [document] = readers.aquaint(LDC_FIXTURES / "kbp2010.sgm")
        assert document.fields.title == "Orchard growers count frost damage"
        assert document.fields.paragraphs[1] == "Peaches were hit hardest, they said."
        assert document.text.startswith("Orchard growers count frost damage\n\nFRESNO, Calif.")

    def test_ere_story_as_sent(self) -> None:
        """The LDC XML: the declaration is no text, AUTHOR is the author, and a TEXT whose first
        line repeats the headline is the story as sent, the headline not added again."""
        [document] = readers.aquaint(LDC_FIXTURES / "ere.xml")
        assert document.fields.author == "Staff reporter"
        assert document.fields.title == "Bridge over the river opens"
        assert document.text.startswith("Bridge over the river opens\n\nNANNING, May 8")
        assert document.text.count("Bridge over the river opens") == 1
        assert document.fields.paragraphs == (
            (
                "NANNING, May 8 (Xinhua) -- A bridge over the river opened to traffic\n"
                "on Wednesday, local authorities said."
            ),
            "It shortens the trip between the two towns by an hour.",
        )
        assert document.fields.extra == ()
        assert document.article is not None
        assert document.article.headline is not None
        assert document.article.headline.text == "Bridge over the river opens"

    def test_ace_turns_and_speakers(self) -> None:
        """ACE's TURN and SPEAKER tags are dropped and their text kept where it stands."""
        sgml = (
            "<DOC>\n<DOCID> CNN_CF_20240509.1100.01 </DOCID>\n"
            '<DOCTYPE SOURCE="broadcast conversation"> STORY </DOCTYPE>\n'
            "<DATETIME> 20240509 </DATETIME>\n<BODY>\n<HEADLINE>\nHarbour talk\n</HEADLINE>\n"
            "<TEXT>\n<TURN>\n<SPEAKER> Host </SPEAKER>\nThe ships are back.\n</TURN>\n"
            "<TURN>\n<SPEAKER> Guest </SPEAKER>\nThey are.\n</TURN>\n</TEXT>\n</BODY>\n</DOC>\n"
        )
        [document] = read_aquaint(sgml)
        assert document.date == datetime.date(2024, 5, 9)
        assert document.type == "STORY"
        assert document.issues == ()
        assert "Host" in document.text
        assert "They are." in document.text
        assert "<" not in document.text

    def test_gigaword_dateline_is_the_article_dateline(self) -> None:
        """A DATELINE element is the article's dateline, its span in the document's text, and
        the body is not searched for another."""
        [document, *_] = readers.aquaint(LDC_FIXTURES / "gigaword.sgml")
        article = document.article
        assert article is not None
        assert article.dateline is not None
        start, end = article.dateline.span
        assert document.text[start:end] == "MOMBASA, May 6 (AFP)"
        assert (article.dateline.location, article.dateline.date_text) == ("MOMBASA", "May 6")
        assert article.dateline.agency == "AFP"
        paragraphs = [p.text for section in article.sections for p in section.paragraphs]
        assert paragraphs[0].startswith("A new ferry line opened")
        assert all("MOMBASA" not in p for p in paragraphs)

    def test_no_second_dateline_from_the_body(self) -> None:
        """With a DATELINE element, a dateline opening the first P stays in the body."""
        sgml = (
            '<DOC id="AFP_ENG_20240506.0001" type="story">\n<HEADLINE>Ferry</HEADLINE>\n'
            "<DATELINE>MOMBASA, May 6 (AFP)</DATELINE>\n<TEXT>\n<P>\n"
            "NAIROBI, May 6 (AFP) - A ferry line opened.\n</P>\n</TEXT>\n</DOC>\n"
        )
        [document] = read_aquaint(sgml)
        assert document.article is not None
        assert document.article.dateline is not None
        assert document.article.dateline.location == "MOMBASA"
        [section] = document.article.sections
        assert section.paragraphs[0].text == "NAIROBI, May 6 (AFP) - A ferry line opened."

    def test_sniffed_and_named(self) -> None:
        """Each variant is found from the content; "ldc" names the same reader as "aquaint"."""
        for path in sorted(LDC_FIXTURES.iterdir()):
            auto = list(wireparse.iter_articles(path))
            named = list(wireparse.iter_articles(path, format="ldc"))
            read = [d.article for d in readers.aquaint(path)]
            assert auto == named == read, path
            assert auto, path


class TestNothingLost:
    def test_second_headline_dateline_docno(self) -> None:
        """An element the format prints once that comes twice keeps its first occurrence; the
        others' text is in the extra, each with an issue."""
        sgml = (
            '<DOC id="AFP_ENG_20240506.0042" type="story">\n<DOCNO> AFP20240506.0042 </DOCNO>\n'
            "<DOCNO> AFP20240506.0099 </DOCNO>\n<HEADLINE> Ferry line opens </HEADLINE>\n"
            "<HEADLINE> Ferry line opens (CORRECTED) </HEADLINE>\n"
            "<DATELINE> MOMBASA, May 6 (AFP) </DATELINE>\n<DATELINE> NAIROBI </DATELINE>\n"
            "<TEXT>\n<P>\nA ferry line opened.\n</P>\n</TEXT>\n</DOC>\n"
        )
        [document] = read_aquaint(sgml)
        assert document.id == "AFP20240506.0042"
        assert document.fields.title == "Ferry line opens"
        assert document.fields.dateline == "MOMBASA, May 6 (AFP)"
        assert document.fields.extra == (
            "AFP20240506.0099",
            "Ferry line opens (CORRECTED)",
            "NAIROBI",
        )
        messages = [issue.message for issue in document.issues]
        assert len(messages) == 3
        for name in ("DOCNO", "HEADLINE", "DATELINE"):
            assert f"the document has more than one <{name}>" in " ".join(messages)

    def test_docno_and_docid(self) -> None:
        """DOCNO and DOCID both printed: the first is the id, the second kept, with an issue."""
        sgml = aquaint_doc().replace("</DOCNO>", "</DOCNO>\n<DOCID> OTHER.0001 </DOCID>")
        [document] = read_aquaint(sgml)
        assert document.id == "XIE20240506.0012"
        assert document.fields.extra == ("OTHER.0001",)
        [issue] = document.issues
        assert "both <DOCNO> and <DOCID>" in issue.message

    def test_second_body_and_title(self) -> None:
        """Reuters-21578: a second TITLE or BODY is kept in the extra, with an issue."""
        sgml = reuters_file(
            reuters_doc("7").replace(
                "</BODY>", "</BODY><TITLE>SECOND TITLE</TITLE><BODY>Second body.\n</BODY>"
            )
        )
        [document] = read_reuters(sgml)
        assert "SECOND TITLE" in document.fields.extra
        assert "Second body." in document.fields.extra
        assert "SECOND TITLE" not in document.text
        assert len(document.issues) == 2
        assert {i.message.split(":")[0] for i in document.issues} == {
            "the document has more than one <TITLE>",
            "the document has more than one <BODY>",
        }

    def test_strict_raises_on_a_second_headline(self) -> None:
        """In strict mode an element printed twice is an error."""
        sgml = aquaint_doc().replace("</HEADLINE>", "</HEADLINE>\n<HEADLINE> Two </HEADLINE>")
        with pytest.raises(CorpusError, match="more than one <HEADLINE>"):
            read_aquaint(sgml, strict=True)

    @pytest.mark.parametrize("literal", ["a<b and c>d", "x</y z>w", "1<2 and 3>2", "<no tag>"])
    def test_literal_angle_brackets(self, literal: str) -> None:
        """A tag of no element of the format is text, as printed, in both formats."""
        paragraph = f"KUNMING, May 6 (Xinhua) -- It reads {literal} here."
        [document] = read_aquaint(aquaint_doc(paragraphs=(paragraph,)))
        assert document.fields.paragraphs == (paragraph,)
        assert literal in document.text
        assert document.issues == ()
        [story] = read_reuters(reuters_file(reuters_doc("7", body=f"It reads {literal}.\n")))
        assert f"It reads {literal}." in story.text
        assert story.issues == ()


# -- Malformed markup ---------------------------------------------------------------------------


class TestMalformed:
    def test_unclosed_document(self) -> None:
        """A document left open ends where the next opens; both are yielded."""
        first = aquaint_doc("XIE20240506.0001").replace("</DOC>", "")
        documents = read_aquaint(first + aquaint_doc("XIE20240506.0002"))
        assert [d.id for d in documents] == ["XIE20240506.0001", "XIE20240506.0002"]
        assert documents[0].fields.paragraphs == documents[1].fields.paragraphs
        [issue] = documents[0].issues
        assert issue.message == "<DOC> opened at line 2 is not closed before the <DOC> at line 30"
        assert documents[1].issues == ()

    def test_unclosed_at_end_of_input(self) -> None:
        """A document left open at the end of the input is yielded, with issues."""
        sgml = aquaint_doc().split("</TEXT>")[0]
        [document] = read_aquaint(sgml)
        assert document.fields.paragraphs[1].startswith("Growers")
        assert [i.message for i in document.issues] == [
            "<DOC> opened at line 2 is not closed at the end of the input",
            "<TEXT> opened at line 15 is not closed at the end of the input",
            "<BODY> opened at line 10 is not closed at the end of the input",
        ]

    def test_missing_text(self) -> None:
        """A document without TEXT is its headline alone; the parse reports what is missing."""
        sgml = re.sub(r"<TEXT>.*</TEXT>\n", "", aquaint_doc(), flags=re.DOTALL)
        [document] = read_aquaint(sgml)
        assert document.text == "Tea exports from Yunnan rise\n"
        assert [i.message for i in document.issues] == ["the document has no <TEXT>"]
        assert document.article is not None
        assert wireparse.DefectCode.NO_DATELINE in {d.code for d in document.article.defects}

    def test_missing_body(self) -> None:
        """A normal Reuters story without BODY is its title and dateline, with an issue."""
        [document] = read_reuters(reuters_doc(body=None))
        assert document.text == "ACME MILLS RAISES OAT OUTPUT\n\n    GREENVILLE, Ohio, March 12 -\n"
        assert [i.message for i in document.issues] == ["the <TEXT> has no <BODY>"]

    def test_missing_paragraph_end_tags(self) -> None:
        """A <P> left open ends where the next opens."""
        text = "<P>\nFirst paragraph.\n<P>\nSecond paragraph.\n</P>"
        [document] = read_aquaint(aquaint_doc(text=text))
        assert document.fields.paragraphs == ("First paragraph.", "Second paragraph.")
        assert [i.message for i in document.issues] == [
            "<P> opened at line 16 is not closed before the <P> at line 18"
        ]

    def test_stray_end_tag(self) -> None:
        """An end tag that closes nothing is an issue of its document."""
        [document] = read_aquaint(aquaint_doc().replace("</HEADLINE>", "</HEADLINE></P>"))
        assert document.fields.title == "Tea exports from Yunnan rise"
        assert [i.message for i in document.issues] == ["</P> closes no open <P>"]

    def test_text_outside_any_document(self) -> None:
        """Text before the first opening tag becomes a document of its own, with an issue."""
        sgml = "lost wire text\n</DOC>\n" + aquaint_doc()
        documents = read_aquaint(sgml)
        assert len(documents) == 2
        assert documents[0].id is None
        assert documents[0].fields.extra == ("lost wire text",)
        assert documents[0].issues[0].message == (
            "text outside any <DOC>: the document's opening tag is missing"
        )
        assert documents[1].id == "XIE20240506.0012"

    def test_stray_end_tag_between_documents(self) -> None:
        """An end tag between documents is an issue of the next document."""
        documents = read_aquaint(aquaint_doc("XIE20240506.0001") + "</TEXT>\n" + aquaint_doc())
        assert [i.message for i in documents[1].issues] == ["</TEXT> closes no open <TEXT>"]

    def test_strict_raises_with_file_and_line(self, tmp_path: Path) -> None:
        """In strict mode the first problem raises CorpusError naming the file and line."""
        path = tmp_path / "XIE_bad.sgm"
        first = aquaint_doc("XIE20240506.0001").replace("</DOC>", "")
        path.write_text(first + aquaint_doc("XIE20240506.0002"), encoding="utf-8")
        with pytest.raises(CorpusError) as caught:
            list(readers.aquaint(path, strict=True))
        assert caught.value.source == str(path)
        assert caught.value.line == 30
        assert str(caught.value) == (
            f"{path}:30: <DOC> opened at line 2 is not closed before the <DOC> at line 30"
        )

    def test_strict_accepts_good_markup(self) -> None:
        """Strict mode reads well-formed files as lenient mode does."""
        sgml = aquaint_doc() + aquaint_doc("XIE20240506.0013")
        assert read_aquaint(sgml, strict=True) == read_aquaint(sgml)

    def test_stray_end_tags_alone(self) -> None:
        """End tags outside any document hold no story: none is yielded, strict mode raises."""
        assert read_aquaint("</P>\n</DOC>\n") == []
        with pytest.raises(CorpusError, match=r"<stream>:1: </P> closes no open <P>"):
            read_aquaint("</P>\n</DOC>\n", strict=True)

    def test_strict_raises_on_trailing_stray_tag(self) -> None:
        """A stray end tag after the last document raises in strict mode."""
        with pytest.raises(CorpusError, match=r"<stream>:29: </DOC> closes no open <DOC>"):
            read_aquaint(aquaint_doc() + "</DOC>\n", strict=True)

    @pytest.mark.timeout(60)
    @pytest.mark.parametrize(
        "hostile",
        [
            "<" * 200_000,
            "<P" * 100_000,
            '<DOC a="' + "x" * 200_000,
            "<DOC " + "a" * 200_000 + ">",
            "&" * 200_000,
            "&#" * 100_000,
            "<DOC>" + "<P>" * 50_000,
            "<DOC>" + "</P>" * 50_000,
            "<DOC>\n" * 20_000,
        ],
    )
    def test_hostile_input(self, hostile: str) -> None:
        """Long hostile markup is read in linear time and yields documents, not errors."""
        documents = read_aquaint(hostile, parse=False)
        assert documents
        assert all(isinstance(d, Document) for d in documents)


# -- Sources ------------------------------------------------------------------------------------


class TestSources:
    SGML = aquaint_doc() + aquaint_doc("XIE20240506.0013")

    def expected(self) -> list[Document]:
        return read_aquaint(self.SGML)

    def test_path_str_and_pathlike(self, tmp_path: Path) -> None:
        """A path as str or Path is read and named in each document."""
        path = tmp_path / "xie.sgm"
        path.write_bytes(self.SGML.encode())
        by_str = list(readers.aquaint(str(path)))
        by_path = list(readers.aquaint(path))
        assert by_str == by_path
        assert [d.source for d in by_path] == [str(path)] * 2
        assert [d.text for d in by_path] == [d.text for d in self.expected()]

    def test_gzip_path(self, tmp_path: Path) -> None:
        """A path ending in .gz is decompressed."""
        path = tmp_path / "xie.sgm.gz"
        path.write_bytes(gzip.compress(self.SGML.encode()))
        assert [d.text for d in readers.aquaint(path)] == [d.text for d in self.expected()]

    def test_gzip_stream(self, tmp_path: Path) -> None:
        """A buffered binary stream of gzip data is decompressed."""
        path = tmp_path / "xie.bin"
        path.write_bytes(gzip.compress(self.SGML.encode()))
        with path.open("rb") as stream:
            assert [d.text for d in readers.aquaint(stream)] == [d.text for d in self.expected()]

    def test_binary_stream_left_open(self) -> None:
        """A binary stream is decoded and left open."""
        stream = io.BytesIO(self.SGML.encode())
        documents = list(readers.aquaint(stream))
        assert [d.text for d in documents] == [d.text for d in self.expected()]
        assert [d.source for d in documents] == ["<stream>"] * 2
        assert not stream.closed

    def test_text_stream_left_open(self) -> None:
        """A text stream is read as it is and left open."""
        stream = io.StringIO(self.SGML)
        assert list(readers.aquaint(stream)) == self.expected()
        assert not stream.closed

    def test_crlf(self) -> None:
        """CR LF line breaks read as LF."""
        stream = io.BytesIO(self.SGML.replace("\n", "\r\n").encode())
        assert [d.text for d in readers.aquaint(stream)] == [d.text for d in self.expected()]

    def test_reuters_latin_1_bytes(self) -> None:
        """A Reuters-21578 line in Latin-1 is read as cp1252 or Latin-1, and said so."""
        sgml = reuters_doc(title="ZURICH BANK SAYS M\xdcLLER TO RETIRE")
        [document] = readers.reuters21578(io.BytesIO(sgml.encode("latin-1")))
        assert document.fields.title == "ZURICH BANK SAYS M\u00dcLLER TO RETIRE"
        [issue] = document.issues
        assert "not UTF-8" in issue.message
        assert sgml.split("\n")[issue.line - 1].startswith("<TITLE>")

    def test_aquaint_bad_utf8_is_cp1252(self) -> None:
        """A line that is not UTF-8 is read as cp1252, nothing replaced, with an issue."""
        sgml = aquaint_doc(headline="Caf\xe9 opens \x93now\x94").encode("latin-1")
        [document] = readers.aquaint(io.BytesIO(sgml))
        assert document.fields.title == "Caf\xe9 opens \u201cnow\u201d"
        assert [i.message for i in document.issues] == [
            f"line {document.issues[0].line} is not UTF-8: it was read as cp1252 or Latin-1"
        ]

    def test_utf8_reads_without_issue(self) -> None:
        """UTF-8 text gives no issue."""
        [document] = readers.aquaint(io.BytesIO(aquaint_doc(headline="Caf\xe9 opens").encode()))
        assert document.fields.title == "Caf\xe9 opens"
        assert document.issues == ()

    @pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
    def test_compressed_by_content(self, compress: Any) -> None:
        """Compressed data is found by its magic number, in a path of any name and a stream."""
        data = compress(self.SGML.encode())
        assert [d.text for d in readers.aquaint(io.BytesIO(data))] == [
            d.text for d in self.expected()
        ]

    @pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
    def test_cut_file(self, compress: Any) -> None:
        """A compressed file cut short gives the documents before the cut, and an issue on
        the last one, in lenient mode; CorpusError in strict mode. (bzip2 decodes a block of
        900 kB at once: the text spans several.)"""
        count = 5_000
        text = "".join(aquaint_doc(f"XIE20240506.{n:04}") for n in range(count))
        data = compress(text.encode())
        cut = data[: len(data) * 2 // 3]
        documents = list(readers.aquaint(io.BytesIO(cut), parse=False))
        assert 0 < len(documents) < count
        ids = [f"XIE20240506.{n:04}" for n in range(len(documents) - 1)]
        assert [d.id for d in documents[:-1]] == ids
        assert any("cut" in issue.message for issue in documents[-1].issues)
        assert not any(d.issues for d in documents[:-1])
        with pytest.raises(readers.CorpusError, match="cut"):
            list(readers.aquaint(io.BytesIO(cut), strict=True, parse=False))

    def test_streams_one_document_at_a_time(self) -> None:
        """The first document is yielded before the stream is read to its end."""
        stream = io.BytesIO(
            "".join(aquaint_doc(f"XIE20240506.{n:05}") for n in range(20_000)).encode()
        )
        documents = readers.aquaint(stream, parse=False)
        first = next(documents)
        assert first.id == "XIE20240506.00000"
        assert stream.tell() < len(stream.getvalue()) // 5
        documents.close()  # type: ignore[attr-defined]  # a generator

    def test_parse_false(self) -> None:
        """parse=False leaves the article out."""
        assert [d.article for d in read_aquaint(self.SGML, parse=False)] == [None, None]

    def test_dialect_passed_to_parse(self) -> None:
        """The dialect is the one the article was parsed with."""
        [document] = read_aquaint(aquaint_doc(), dialect=wireparse.dialects.XINHUA)
        assert document.article is not None
        assert document.article.dialect == "xinhua"

    @pytest.mark.parametrize("source", [b"<DOC>", 42, None, ["<DOC>"]])
    def test_wrong_source_type_raises_at_once(self, source: object) -> None:
        """A source that is neither a path nor a stream raises when the reader is called."""
        with pytest.raises(TypeError, match="expected a path"):
            readers.aquaint(source)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected a path"):
            readers.reuters21578(source)  # type: ignore[arg-type]

    def test_text_for_a_path_raises_at_once(self) -> None:
        """SGML passed where a path belongs raises, pointing to io.StringIO."""
        with pytest.raises(ValueError, match=r"io\.StringIO"):
            readers.aquaint(aquaint_doc())
        with pytest.raises(ValueError, match=r"io\.StringIO"):
            readers.reuters21578("<REUTERS>")

    def test_unknown_dialect_raises_at_once(self) -> None:
        """An unknown dialect name raises when the reader is called, not when iterated."""
        with pytest.raises(KeyError, match="unknown dialect"):
            readers.aquaint(io.StringIO(""), dialect="no-such-dialect")

    def test_missing_file_raises_when_iterated(self, tmp_path: Path) -> None:
        """A missing file raises FileNotFoundError on iteration."""
        documents = readers.reuters21578(tmp_path / "absent.sgm")
        with pytest.raises(FileNotFoundError):
            next(documents)

    def test_empty_input(self) -> None:
        """An empty file holds no document."""
        assert read_aquaint("") == []
        assert read_reuters('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n\n') == []


# -- Generated documents ------------------------------------------------------------------------

WORDS = st.sampled_from(
    ("oats", "tea", "ferry", "port", "rose", "fell", "said", "the", "of", "in", "&", "<rates>",
     "co", "ltd", "4.5", "pct", "mln", "dlrs")
)  # fmt: skip
LINES = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
PARAGRAPHS = st.lists(LINES, min_size=1, max_size=3).map("\n".join)
TITLES = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def stories(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    return draw(TITLES), tuple(draw(st.lists(PARAGRAPHS, min_size=1, max_size=5)))


class TestGenerated:
    @given(st.lists(stories(), min_size=1, max_size=4))
    def test_reuters(self, drawn: list[tuple[str, tuple[str, ...]]]) -> None:
        """Rendered as Reuters-21578, generated stories read back with their ids, titles and
        paragraphs."""
        rendered = []
        for number, (title, paragraphs) in enumerate(drawn, 1):
            body = "\n    ".join(escape(p) for p in paragraphs) + "\n Reuter\n&#3;"
            rendered.append(reuters_doc(str(number), title=escape(title), body=body))
        documents = read_reuters(reuters_file(*rendered), parse=False)
        assert [d.id for d in documents] == [str(n) for n in range(1, len(drawn) + 1)]
        assert [d.fields.title for d in documents] == [title for title, _ in drawn]
        assert [d.fields.paragraphs for d in documents] == [(*p, "Reuter") for _, p in drawn]
        assert all(d.issues == () for d in documents)

    @given(st.lists(stories(), min_size=1, max_size=4))
    def test_aquaint(self, drawn: list[tuple[str, tuple[str, ...]]]) -> None:
        """Rendered as AQUAINT, generated stories read back with their ids, titles and
        paragraphs, and their text is the title and the paragraphs."""
        sgml = "".join(
            aquaint_doc(
                f"XIE20240506.{number:04}",
                headline=escape(title),
                paragraphs=tuple(escape(p) for p in paragraphs),
            )
            for number, (title, paragraphs) in enumerate(drawn)
        )
        documents = read_aquaint(sgml, parse=False)
        assert [d.id for d in documents] == [f"XIE20240506.{n:04}" for n in range(len(drawn))]
        assert [d.fields.paragraphs for d in documents] == [p for _, p in drawn]
        assert [d.text for d in documents] == [
            "\n\n".join((title, *paragraphs)) + "\n" for title, paragraphs in drawn
        ]


# -- The corpora in ../shared -------------------------------------------------------------------

CORPORA = SHARED / "corpora"


def openings(path: Path, tag: bytes) -> int:
    """Count the opening tags ``tag`` in a file, the simple way."""
    return path.read_bytes().count(tag)


def corpus_files(pattern: str) -> Iterator[Path]:
    files = sorted(require(CORPORA).glob(pattern))
    if not files:
        pytest.skip(f"no {pattern} in {CORPORA}")
    return iter(files)


class TestCorpora:
    @pytest.mark.timeout(600)
    def test_every_reuters_document(self) -> None:
        """Each reut2-*.sgm yields as many documents as it opens <REUTERS>, without issues."""
        for path in corpus_files("reuters21578/reut2-*.sgm"):
            documents = list(readers.reuters21578(path, parse=False))
            assert len(documents) == openings(path, b"<REUTERS"), path
            assert [d for d in documents if d.issues] == [], path
            assert all(d.id is not None and d.date is not None for d in documents), path

    @pytest.mark.timeout(600)
    def test_every_aquaint_document(self) -> None:
        """Each AQUAINT file yields as many documents as it opens <DOC>, without issues."""
        ids = []
        for path in corpus_files("aquaint/*"):
            documents = list(readers.aquaint(path, parse=False))
            assert len(documents) == openings(path, b"<DOC>"), path
            assert [d for d in documents if d.issues] == [], path
            assert all(d.date is not None and d.text for d in documents), path
            ids += [d.id for d in documents]
        assert len(set(ids)) == len(ids)

    @pytest.mark.timeout(600)
    def test_every_kbp2010_document(self) -> None:
        """Each TAC KBP 2010 source document is read with its id, date and type, no issue."""
        count = 0
        for path in corpus_files("kbp2010/*.sgm"):
            documents = list(readers.aquaint(path, parse=False))
            assert len(documents) == openings(path, b"<DOC>"), path
            assert [d.issues for d in documents if d.issues] == [], path
            for document in documents:
                assert document.id is not None
                assert path.name.startswith(document.id), path
                assert document.date is not None, path
                assert document.type == "NEWS STORY", path
                assert document.text, path
            count += len(documents)
        assert count >= 1
