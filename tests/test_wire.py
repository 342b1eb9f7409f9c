"""Raw wire transmissions: header, slug, notes and control lines become fields, not text."""

from __future__ import annotations

import wireparse
from _paths import SHARED, require

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
