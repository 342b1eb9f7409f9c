"""Raw wire transmissions: header, slug, notes and control lines become fields, not text."""

from __future__ import annotations

from pathlib import Path

import hypothesis.strategies as st
from hypothesis import given

import wireparse
from _paths import SHARED, require
from wireparse.rules import wire

# A transmission written for this test in ANPA-1312's form: SYN SYN SOH and the header, the
# slug line, STX and the second header, the headline and notes between "^" and "<", the wire's
# byline, the story with tab-indented paragraphs, ETX and the stamp, EOT.
TRANSMISSION = (
    "\x16\x16\x01a0101\x1f-----\r\n"
    "r z\x13\x11 BC-US--HarborPilots 1stLd-Writethru   03-02 0412\r\n"
    "\x02\x02BC-US--HarborPilots, 1st Ld-Writethru,412<\r\n"
    "^Harbor pilots walk out over night shifts<\r\n"
    "^Eds: Updates with talks set for Tuesday.<\r\n"
    "^By ANA SILVA=\r\n"
    "^Associated Press Writer=\r\n"
    "\t   PORTSMOUTH, N.H. (AP) _ Harbor pilots at the port stopped work on Sunday in a\r\n"
    "dispute over night shifts.\r\n"
    "\t   Talks are set to resume on Tuesday.\r\n"
    "\t   (as/jk)\r\n"
    "\t   \x03AP-NY-03-02-25 1412GMT<\r\n"
    "\x04"
)


class TestTransmission:
    def test_fields(self) -> None:
        """The slug, header, note, byline and control lines are read as such."""
        article = wireparse.parse(TRANSMISSION)
        assert article.dialect == "ap"
        assert article.slug is not None
        assert (article.slug.keyword, article.slug.version, article.slug.date) == (
            "BC-US--HarborPilots",
            "1stLd-Writethru",
            "03-02",
        )
        assert article.slug.words == "0412"
        assert [w.kind for w in article.wire_lines] == [
            "header",
            "header",
            "editor-note",
            "byline",
            "byline",
            "control",
        ]
        for element in (article.slug, *article.wire_lines):
            assert TRANSMISSION[slice(*element.span)] == element.text

    def test_story(self) -> None:
        """The headline, dateline, paragraphs, terminator and stamp are the story's."""
        article = wireparse.parse(TRANSMISSION)
        assert article.headline is not None
        assert article.headline.text == "^Harbor pilots walk out over night shifts<"
        assert article.dateline is not None
        assert article.dateline.location == "PORTSMOUTH, N.H."
        assert [p.text for p in article.paragraphs] == [
            "Harbor pilots at the port stopped work on Sunday in a dispute over night shifts.",
            "Talks are set to resume on Tuesday.",
        ]
        assert article.terminator is not None
        assert article.terminator.text == "(as/jk)"
        assert [t.kind for t in article.trailers] == ["transmission"]
        assert article.defects == ()

    def test_plain_copy_untouched(self) -> None:
        """Copy without control characters or caret lines has no wire fields."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
        assert (article.slug, article.wire_lines) == (None, ())


class TestAPCorpus:
    def test_ap_files(self) -> None:
        """Every AP transmission in the shared corpus gives a slug; those with one, a dateline."""
        folder = require(SHARED / "corpora" / "wire" / "ap")
        datelines = 0
        for path in sorted(folder.glob("*.tst")):
            article = wireparse.parse(path.read_bytes().decode("latin-1"))
            assert article.wire_lines, path.name
            if article.dateline is not None:
                datelines += 1
                assert article.slug is not None, path.name
                assert article.dateline.agency == "AP"
        assert datelines >= 6


# An IPTC 7901 transmission written for this test in dpa's form: SOH and the header, the
# keyword line, STX and a heading ending in "=" (a version line, the headline, the byline),
# the text in blocks, the notebook for editors, the desk's initials, ETX and the time, DEL and
# EOT.
IPTC = (
    "\x01eca217 3 i 140 ccccb   dpa 0212\r\n"
    "\r\n"
    "Austria-transport/rail/\r\n"
    "\x022ND LEAD\r\n"
    "Alpine rail tunnel reopens after rockfall =\r\n"
    "By Lena Vogt, dpa =\r\n"
    "\r\n"
    "Innsbruck (dpa) - Trains ran again through the Arlberg tunnel on Friday,\r\n"
    "three days after a rockfall closed the line.\r\n"
    "\r\n"
    "The operator said freight would follow on Saturday.\r\n"
    "\r\n"
    "# Notebook\r\n"
    "\r\n"
    "## Note to editors\r\n"
    "- adds freight in para 2\r\n"
    "\r\n"
    "* * * *\r\n"
    "The following information is not for publication\r\n"
    "\r\n"
    "## Editorial contacts\r\n"
    "- Reporting by: Lena Vogt\r\n"
    "\r\n"
    "dpa lv kmr\r\n"
    "\r\n"
    "\x03081512 GMT Mar 25\r\n"
    "\x7f\r\n"
    "\x7f\x04"
)

# Kyodo's raw wire, written for this test: SOH and the header, the slug line (day before
# month), STX and the slug again, the headline ending in "+", paragraphs indented and
# hard-wrapped without blank lines, "==Kyodo", then ETX, the stamp and EOT.
KYODO = (
    "\x01a0211KYODO\x1fkoko-\r\n"
    "u s\x14\x12 BC-Sumo-Kisenosato's-Return   14-11 0061\r\n"
    "\x02BC-Sumo-Kisenosato's-Return\r\n"
    "Sumo: Yokozuna returns to the ring with a win+\r\n"
    "     FUKUOKA, Japan, Nov. 14 Kyodo - The grand champion won his first bout \r\n"
    "after eight months out on Wednesday.\r\n"
    "     He beat a komusubi in under ten seconds, to the crowd's \r\n"
    "delight.\r\n"
    "==Kyodo\r\n"
    "\x03KWS-18:02-14-11-18\x04\r\n"
)

# ATS's French service, written for this test: DEL, SOH and the header, the keyword line,
# STX and a label, the headline ending in "=", the text, the initials, ETX and the time.
ATS = (
    "\x7f\x7f\r\n"
    "\x7f\x01bsf112 3 ec 80   etf 401\r\n"
    "\r\n"
    "Suisse\r\n"
    "\r\n"
    "\x02Situation \r\n"
    "Alpes: la neige ferme trois cols =\r\n"
    " \r\n"
    "   Berne (ats) Trois cols alpins sont fermés depuis lundi en raison \r\n"
    "de fortes chutes de neige. \r\n"
    " \r\n"
    "(ATS/mk) \r\n"
    " \r\n"
    "\x03121030 dec 18\r\n"
    "\x04\r\n"
)


def _within(text: str, element: wireparse.Slug | wireparse.WireLine) -> None:
    """Assert that an element's span holds its text."""
    assert text[slice(*element.span)] == element.text


class TestIPTC:
    def test_header(self) -> None:
        """The header, keyword line, STX, version line and byline are wire fields."""
        article = wireparse.parse(IPTC)
        assert article.dialect == "dpa"
        assert article.slug is not None
        assert article.slug.keyword == "Austria-transport/rail/"
        assert [(w.kind, w.text) for w in article.wire_lines] == [
            ("header", "\x01eca217 3 i 140 ccccb   dpa 0212"),
            ("control", "\x02"),
            ("version", "2ND LEAD"),
            ("byline", "By Lena Vogt, dpa ="),
            ("control", "\x7f"),
            ("control", "\x7f\x04"),
        ]
        for element in (article.slug, *article.wire_lines):
            _within(IPTC, element)

    def test_story(self) -> None:
        """The headline loses STX and its "=", and the notebook, initials and time are
        trailers."""
        article = wireparse.parse(IPTC)
        assert article.headline is not None
        assert article.headline.title == "Alpine rail tunnel reopens after rockfall"
        assert IPTC[slice(*article.headline.span)] == article.headline.text
        assert article.headline.text.startswith("Alpine")
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == ("Innsbruck", "dpa")
        assert [p.text for p in article.paragraphs] == [
            (
                "Trains ran again through the Arlberg tunnel on Friday, three days after a"
                " rockfall closed the line."
            ),
            "The operator said freight would follow on Saturday.",
        ]
        assert [t.kind for t in article.trailers] == [
            *["notebook"] * 4,
            "initials",
            "transmission",
        ]
        for trailer in article.trailers:
            assert IPTC[trailer.span[0]] not in "\r\n"
        assert article.defects == ()

    def test_without_control_characters(self) -> None:
        """Copy passed on without its control characters still has its header read."""
        plain = IPTC.replace("\x01", "").replace("\x02", "").replace("\x03", "")
        plain = plain.replace("\x7f\x04", "").replace("\x7f", "")
        article = wireparse.parse(plain)
        assert article.wire_lines[0].kind == "header"
        assert article.slug is not None
        assert article.headline is not None
        assert article.headline.title == "Alpine rail tunnel reopens after rockfall"
        assert article.defects == ()

    def test_partner_tag(self) -> None:
        """A partner's story tagged ``(tca/dpa)`` is dpa's."""
        text = IPTC.replace("Innsbruck (dpa)", "Denver (tca/dpa)")
        article = wireparse.parse(text)
        assert article.dialect == "dpa"
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == ("Denver", "dpa")

    def test_service_message(self) -> None:
        """A message without a dateline is told by the sender its header names."""
        text = (
            "\x01eca0002 4 rs 20  dpa 0031\r\n\r\nService/\r\n\x02Service =\r\n\r\n"
            "the english service is on test today\r\n\r\n\x03010900 GMT Jan 25\r\n\x04"
        )
        article = wireparse.parse(text)
        assert article.dialect == "dpa"
        assert article.headline is not None
        assert article.headline.title == "Service"
        assert [d.code for d in article.defects] == [wireparse.DefectCode.NO_DATELINE]


class TestKyodo:
    def test_story(self) -> None:
        """The slug, headline without "+", dateline, terminator and stamp are read."""
        article = wireparse.parse(KYODO)
        assert article.dialect == "kyodo"
        assert article.slug is not None
        assert (article.slug.keyword, article.slug.date) == (
            "BC-Sumo-Kisenosato's-Return",
            "14-11",
        )
        assert [w.kind for w in article.wire_lines] == ["header", "header"]
        assert article.headline is not None
        assert (article.headline.kicker, article.headline.title) == (
            "Sumo",
            "Yokozuna returns to the ring with a win",
        )
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.date_text) == (
            "FUKUOKA, Japan",
            "Nov. 14",
        )
        assert [p.text for p in article.paragraphs] == [
            "The grand champion won his first bout after eight months out on Wednesday.",
            "He beat a komusubi in under ten seconds, to the crowd's delight.",
        ]
        assert article.terminator is not None
        assert article.terminator.text == "==Kyodo"
        assert [(t.kind, t.text) for t in article.trailers] == [
            ("transmission", "\x03KWS-18:02-14-11-18\x04")
        ]
        assert article.defects == ()

    def test_plus_is_kyodo_only(self) -> None:
        """A ``+`` ending another agency's headline is kept: it may be a product's name."""
        text = "Galaxy S10+ goes on sale\n\nSEOUL, March 8 (Yonhap) -- It went on sale. (END)"
        article = wireparse.parse(text)
        assert article.headline is not None
        assert article.headline.title == "Galaxy S10+ goes on sale"


class TestATS:
    def test_story(self) -> None:
        """The ATS heading, dateline with a partner, initials and time are read."""
        article = wireparse.parse(ATS)
        assert article.dialect == "ats"
        assert article.slug is not None
        assert article.slug.keyword == "Suisse"
        assert [w.kind for w in article.wire_lines] == [
            "control",
            "header",
            "control",
            "label",
            "control",
        ]
        assert article.headline is not None
        assert article.headline.title == "Alpes: la neige ferme trois cols"
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == ("Berne", "ats")
        assert [p.text for p in article.paragraphs] == [
            "Trois cols alpins sont fermés depuis lundi en raison de fortes chutes de neige."
        ]
        assert [(t.kind, t.text) for t in article.trailers] == [
            ("initials", "(ATS/mk)"),
            ("transmission", "\x03121030 dec 18"),
        ]
        assert article.defects == ()

    def test_partner(self) -> None:
        """``(ats afp)`` names ATS, passing on AFP's story."""
        article = wireparse.parse(ATS.replace("Berne (ats)", "Paris (ats afp)"))
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == ("Paris", "ats")


class TestSouthAsianInitials:
    def test_ians_initials_under_terminator(self) -> None:
        """``--IANS`` with the desk's initials on the next line, no blank line between."""
        text = (
            "Monsoon reaches Kerala\n\nThiruvananthapuram, June 1 (IANS) The monsoon arrived"
            " on Sunday.\nFarmers welcomed it.\n--IANS\nak/bg\n"
        )
        article = wireparse.parse(text)
        assert article.terminator is not None
        assert article.terminator.text == "--IANS"
        assert [(t.kind, t.text) for t in article.trailers] == [("initials", "ak/bg")]
        assert article.paragraphs[-1].text.endswith("Farmers welcomed it.")
        assert article.defects == ()

    def test_pti_desk_line(self) -> None:
        """PTI's ``PTI ABC XYZ`` line after the story is the desk's initials."""
        text = (
            "Rain lashes Mumbai\n\nMumbai, July 3 (PTI) Heavy rain fell on Monday.\n\n"
            "Trains ran late.\n\nPTI KRS NSK\n"
        )
        article = wireparse.parse(text)
        assert [(t.kind, t.text) for t in article.trailers] == [("initials", "PTI KRS NSK")]
        assert article.paragraphs[-1].text == "Trains ran late."
        assert article.defects == ()

    def test_pti_in_prose(self) -> None:
        """A sentence naming PTI in the last paragraph is no desk line."""
        text = "Rain lashes Mumbai\n\nMumbai, July 3 (PTI) Heavy rain fell.\n\nPTI said so.\n"
        article = wireparse.parse(text)
        assert article.trailers == ()


WIRE = SHARED / "corpora" / "wire"


def _read(path: Path) -> wireparse.Article:
    articles = list(wireparse.iter_articles(path))
    assert len(articles) == 1
    return articles[0]


def _read_wire(path: Path, dialect: str, agency: str, mark: str) -> wireparse.Article:
    """Read the one story of ``path``, and check its dialect, slug, headline without the wire
    ``mark`` ending it, and dateline of ``agency``."""
    article = _read(path)
    assert article.dialect == dialect
    assert article.slug is not None
    assert article.headline is not None
    assert not article.headline.title.endswith(mark)
    assert article.dateline is not None
    assert article.dateline.agency == agency
    return article


class TestCorpora:
    def test_dpa_files(self) -> None:
        """Every dpa story gives its slug and headline; news stories a dateline, and none a
        defect but its charset or, in a service message, the missing dateline."""
        folder = require(WIRE / "dpa")
        datelines = 0
        for path in sorted(folder.glob("*.txt")):
            article = _read(path)
            assert article.dialect == "dpa", path.name
            assert article.slug is not None, path.name
            assert article.headline is not None, path.name
            assert not article.headline.title.endswith("="), path.name
            assert any(t.kind == "transmission" for t in article.trailers), path.name
            allowed = {wireparse.DefectCode.NOT_UTF8}
            if article.dateline is None:
                allowed.add(wireparse.DefectCode.NO_DATELINE)
            else:
                datelines += 1
                assert article.dateline.agency == "dpa", path.name
                assert any(t.kind == "initials" for t in article.trailers), path.name
            assert {d.code for d in article.defects} <= allowed, path.name
            for paragraph in article.paragraphs:
                assert not any(c in paragraph.text for c in "\x01\x02\x03\x04\x7f"), path.name
        assert datelines >= 6

    def test_kyodo_file(self) -> None:
        """The Kyodo transmission gives its slug, dateline, terminator and stamp."""
        article = _read_wire(require(WIRE / "kyodo" / "kyodo.txt"), "kyodo", "Kyodo", "+")
        assert article.terminator is not None
        assert article.terminator.text == "==Kyodo"
        assert [t.kind for t in article.trailers] == ["transmission"]
        assert article.defects == ()

    def test_ats_file(self) -> None:
        """The ATS transmission gives its heading, dateline, initials and time."""
        article = _read_wire(require(WIRE / "ats" / "ats.txt"), "ats", "ats", "=")
        assert [t.kind for t in article.trailers] == ["initials", "transmission"]
        assert {d.code for d in article.defects} <= {wireparse.DefectCode.NOT_UTF8}

    def test_ap_titles(self) -> None:
        """AP's headlines lose their caret and ``<`` in the title."""
        folder = require(WIRE / "ap")
        for path in sorted(folder.glob("*.tst")):
            article = wireparse.parse(path.read_bytes().decode("latin-1"))
            if article.headline is not None:
                assert not article.headline.title.startswith("^"), path.name
                assert not article.headline.title.endswith("<"), path.name


_HEADER_PIECES = st.sampled_from(
    [
        "\x01",
        "\x02",
        "\x16",
        "\x7f",
        "eca062 4 i 211 ccccb   dpa 061",
        "bsf025 3 ec 121",
        "7156699",
        "Germany-politics/",
        "\u00e9ca062 4 i 211",
        "E",
        "1",
        " ",
        "新华社",
    ]
)


def _header_by_pattern(lines: list[str]) -> bool:
    """The IPTC 7901 header test by its pattern alone, on the first line that is not control
    characters alone."""
    for line in lines[: wire.HEADER_SCAN]:
        if not all(c in wire._CONTROL for c in line):
            return wire.IPTC_HEADER.match(line) is not None
    return False


_RAN = {"refused": 0, "matched": 0}


@given(st.lists(st.lists(_HEADER_PIECES, max_size=4).map("".join), max_size=4))
def test_an_iptc_header_refused_by_its_opening_is_no_header(lines: list[str]) -> None:
    """The first character's test before the header's pattern changes no answer."""
    expected = _header_by_pattern(lines)
    assert wire.iptc_header(lines) is expected
    first = next(
        (line for line in lines[: wire.HEADER_SCAN] if line.strip(wire._HEADER_CONTROL)), ""
    )
    opening = first.lstrip(wire._HEADER_CONTROL)[:1]
    _RAN["matched" if opening.isascii() and opening.isalpha() else "refused"] += 1


def test_both_readings_of_the_header_ran() -> None:
    test_an_iptc_header_refused_by_its_opening_is_no_header()
    assert _RAN["refused"]
    assert _RAN["matched"]
