"""bench/bench_accuracy.py: the truth it derives from markup, and its command line, on corpus
files written for these tests."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import regex

from test_adversarial import ADVERSARIAL
from test_readers import aquaint_doc, reuters_doc, reuters_file
from wireparse import readers


def _load() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_accuracy.py"
    spec = importlib.util.spec_from_file_location("bench_accuracy", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module  # attrs classes look their module up by name
    spec.loader.exec_module(module)
    return module


bench = _load()
UNDEFINED = bench.UNDEFINED


def reuters(sgml: str) -> readers.Document:
    [document] = readers.reuters21578(io.StringIO(sgml), parse=False)
    return document


def aquaint(sgml: str) -> readers.Document:
    [document] = readers.aquaint(io.StringIO(sgml), parse=False)
    return document


class TestReutersTruth:
    @pytest.mark.parametrize(
        ("dateline", "expected"),
        [
            ("GREENVILLE, Feb 26 -", ("GREENVILLE", "Feb 26", "Reuters")),
            ("FORT WAYNE, Ind., March 2 -", ("FORT WAYNE, Ind.", "March 2", "Reuters")),
            ("Dayton, Ohio, april 7 -", ("Dayton, Ohio", "april 7", "Reuters")),
            ("SPARTA, Ga. Feb 26 -", ("SPARTA, Ga.", "Feb 26", "Reuters")),
            ("LYNDON, 3 March -", ("LYNDON", "3 March", "Reuters")),
            ("LYNDON, Narch 3 -", ("LYNDON", "Narch 3", "Reuters")),
            ("LYNDON, March 3, Reuter -", ("LYNDON", "March 3", "Reuter")),
            ("OSAKA -", ("OSAKA", None, "Reuters")),
            ("APRIL 7  -", (None, "APRIL 7", "Reuters")),
            ("MAR8  --     --", (None, "MAR8", "Reuters")),
            ("LYNDON, March 3 - Acme Co said it", ("LYNDON", "March 3", "Reuters")),
            ("WINSTON-SALEM, N.C., March 2 -", ("WINSTON-SALEM, N.C.", "March 2", "Reuters")),
            ("--", (None, None, "Reuters")),
            ("LYNDON, March 3- Acme Co said", ("LYNDON", "March 3", "Reuters")),
            ("TRENTON, N.J., March 3-", ("TRENTON, N.J.", "March 3", "Reuters")),
            ("LYNDON, March 3, -", ("LYNDON", "March 3", "Reuters")),
            ("LYNDON, March 3,  - Acme", ("LYNDON", "March 3", "Reuters")),
        ],
    )
    def test_dateline(self, dateline: str, expected: tuple[str | None, ...]) -> None:
        """A DATELINE splits into location, date text and agency as printed."""
        assert bench.reuters_dateline(dateline) == expected

    @pytest.mark.parametrize(
        ("dateline", "reason"),
        [
            ("####LYNDON, March 3 -", "no place name before the date"),
            ("LYN{DON, March 3 -", "no place name before the date"),
            ("x    LYNDON, March 3 -", "no place name before the date"),
            ("LYNDON, March 103 -", "no place name before the date"),
            ("LYNDON, Marhc 1O -", "no place name before the date"),
            ("FLASH --LYNDON, Ohio, March 3 -", "no place name before the date"),
            ("eur        1.0815 -", "no place name before the date"),
            ("(sums -", "no place name before the date"),
            ("Sep      ---    ---     ---", "a table row, not a dateline"),
            ("DEC9  --     --", "a table row, not a dateline"),
            ("--", "neither a place nor a date"),
            ("- Stocks of MAY 2   -", "neither a place nor a date"),
            ("LYNDON, March 3 -", None),
            ("TRENTON , N.J., March 3 -", None),
            ("WINSTON-SALEM, N.C., March 2 -", None),
            ("COEUR d'ALENE, Idaho, March 2 -", None),
            ("sioux city, april 7 -", None),
            ("ST. PAUL, Minn., April 7 -", None),
            ("APRIL 7  -", None),
            ("LYNDON, March 3- Acme", None),
        ],
    )
    def test_malformed(self, dateline: str, reason: str | None) -> None:
        """A DATELINE that is no dateline (no place name, a table row) is told apart."""
        assert bench.reuters_malformed(dateline) == reason

    @pytest.mark.parametrize(
        ("dateline", "swallowed"),
        [
            ("LYNDON, March 3 - Acme Mills-", True),
            ("LYNDON, March 3 - NOTICES -", True),
            ("Lyndon, April 7 - Sunny/41 degrees -", True),
            ("LYNDON, Ohio, - March 3 -", False),
            ("LYNDON, March 3 -", False),
            ("DEC9  --     --", False),
        ],
    )
    def test_swallowed(self, dateline: str, swallowed: bool) -> None:
        """A DATELINE holding the lead's first words after its separator is told apart; a
        date there is no such words."""
        assert bench.reuters_swallowed(dateline) is swallowed

    def test_malformed_dateline_excluded(self) -> None:
        """A malformed DATELINE leaves the dateline fields and paragraphs out, with the
        reason; the headline and terminator are measured."""
        truth = bench.reuters_truth(reuters(reuters_doc(dateline="****LYNDON, March 3 - ")))
        excluded = bench.Excluded("no place name before the date")
        assert [truth[f] for f in ("location", "date_text", "agency", "paragraphs")] == [
            excluded
        ] * 4
        assert truth["headline"] == "ACME MILLS RAISES OAT OUTPUT"
        assert truth["terminator"] == "Reuter"

    def test_swallowed_lead_excluded(self) -> None:
        """A DATELINE that swallowed the lead's first words leaves the paragraphs out only."""
        sgml = reuters_doc(dateline="LYNDON, March 3 - Acme Mills-", body="Oats rose.\n Reuter")
        truth = bench.reuters_truth(reuters(sgml))
        assert truth["paragraphs"] == bench.Excluded("the dateline holds the lead's first words")
        assert (truth["location"], truth["date_text"]) == ("LYNDON", "March 3")

    def test_story(self) -> None:
        """A story's truth: its title, dateline parts, sign-off and paragraphs without it."""
        truth = bench.reuters_truth(reuters(reuters_file(reuters_doc())))
        assert truth == {
            "headline": "ACME MILLS RAISES OAT OUTPUT",
            "location": "GREENVILLE, Ohio",
            "date_text": "March 12",
            "agency": "Reuters",
            "terminator": "Reuter",
            "paragraphs": (
                "Acme Mills Inc said it raised oat output by ten pct this quarter.",
                "The company said demand from bakers was strong.",
            ),
        }

    @pytest.mark.parametrize(
        ("ending", "terminator", "last"),
        [
            ("said.\n REUTER\n&#3;", "REUTER", "said."),
            ("said. REUTER\n&#3;", "REUTER", "said."),
            ("said.        REUTER\n&#3;", "REUTER", "said."),
            ("said.\nREUTER...^M\n&#3;", "REUTER...", "said."),
            ("said.\n MORE\n&#3;", None, "MORE"),
            ("said.\n&#3;", None, "said."),
            ("said the reuter\n&#3;", None, "said the reuter"),
        ],
    )
    def test_signoff(self, ending: str, terminator: str | None, last: str) -> None:
        """The sign-off ends the body, on its line or glued; it leaves the paragraphs."""
        truth = bench.reuters_truth(reuters(reuters_doc(body="Oats rose,\nthe mill " + ending)))
        assert truth["terminator"] == terminator
        assert truth["paragraphs"][-1].endswith(last)

    def test_brief_has_only_a_headline(self) -> None:
        """A brief's truth is its title; the other fields are undefined."""
        sgml = reuters_doc(text_type=' TYPE="BRIEF"', dateline=None, body=None)
        truth = bench.reuters_truth(reuters(sgml))
        assert truth["headline"] == "ACME MILLS RAISES OAT OUTPUT"
        assert all(truth[f] is UNDEFINED for f in bench.FIELDS if f != "headline")


class TestAquaintTruth:
    @pytest.mark.parametrize(
        ("opening", "location", "date", "agency"),
        [
            ("KUNMING, May 6 (Xinhua) -- Tea", "KUNMING", "May 6", "Xinhua"),
            ("EILAT (ISRAEL), April 30 (Xinhua) -- Talks", "EILAT (ISRAEL)", "April 30", "Xinhua"),
            ("LIMA, June 2 (Xinhua)-- Rain", "LIMA", "June 2", "Xinhua"),
            ("LIMA, June 2 (Xinhua ) --Rain", "LIMA", "June 2", "Xinhua"),
            ("NAIROBI, Kenya (AP) _ Rain", "NAIROBI, Kenya", None, "AP"),
            ("MACON, Ga. (AP) -- Rain", "MACON, Ga.", None, "AP"),
            ("SPARTA, N.C. _ Rain", "SPARTA, N.C.", None, None),
            ("COEUR d'ALENE, Idaho _ Rain", "COEUR d'ALENE, Idaho", None, None),
            ("Boston _ Rain", "Boston", None, None),
        ],
    )
    def test_dateline(
        self, opening: str, location: str, date: str | None, agency: str | None
    ) -> None:
        """The dateline opening the first paragraph gives location, date text and agency."""
        match = bench.AQUAINT_DATELINE.match(opening)
        assert match is not None
        assert match.group("location", "date", "agency") == (location, date, agency)

    @pytest.mark.parametrize(
        "opening",
        [
            "The concept of organic food -- products grown",
            "(UNDATED) _ Under clear skies",
            "UNDATED - Under clear skies",
            "TEA PRICES (Undated) - Tea rose",
            "(by Li Wei)",
            "WASHINGTON, D.C. 20003 Tel: 202-555-0100",
            "As a thriller, it is a bit above average _ creepy",
        ],
    )
    def test_no_dateline(self, opening: str) -> None:
        """An opening that is no dateline leaves the dateline fields undefined."""
        assert bench.AQUAINT_DATELINE.match(opening) is None

    def test_story(self) -> None:
        """A story's truth: headline, dateline from the first P, no terminator, paragraphs."""
        truth = bench.aquaint_truth_for(bench.NO_TERMINATOR)(aquaint(aquaint_doc()))
        assert truth == {
            "headline": "Tea exports from Yunnan rise",
            "location": "KUNMING",
            "date_text": "May 6",
            "agency": "Xinhua",
            "terminator": None,
            "paragraphs": (
                (
                    "Tea exports from southwest China's Yunnan Province rose in April, local "
                    "officials said Monday."
                ),
                "Growers shipped more green tea to Africa than a year earlier.",
            ),
        }

    @pytest.mark.parametrize(
        ("last", "terminator"),
        [
            ("Roads were closed.\n\t   (ab/cd)", "(ab/cd)"),
            ("Roads were closed.  &UR; jk-kl", None),  # glued to the sentence: no line of its own
            ("Roads were closed.\n jk-kl", "jk-kl"),
            ("(gb)", "(gb)"),
            ("Roads were closed (for repairs).", None),
        ],
    )
    def test_ap_desk_initials(self, last: str, terminator: str | None) -> None:
        """AP desk initials on the last line are the terminator, and leave the paragraphs."""
        sgml = aquaint_doc("APW20240506.0001", paragraphs=("MACON, Ga. (AP) _ Rain.", last))
        truth = bench.aquaint_truth_for(bench.AP_DESK)(aquaint(sgml))
        assert truth["terminator"] == terminator
        assert all(terminator not in p for p in truth["paragraphs"] if terminator)

    @pytest.mark.parametrize("opening", ["UNDATED _ ", "(UNDATED) -- ", "Undated - "])
    def test_undated(self, opening: str) -> None:
        """An UNDATED dateline leaves the lead; it names no place to measure."""
        paragraphs = (opening + "Rain fell across\nthe plains.", "Roads were closed.")
        truth = bench.aquaint_truth_for(bench.NO_TERMINATOR)(
            aquaint(aquaint_doc(paragraphs=paragraphs))
        )
        assert truth["paragraphs"] == ("Rain fell across the plains.", "Roads were closed.")
        assert truth["location"] is UNDEFINED

    @pytest.mark.parametrize(
        ("paragraphs", "headline", "reason"),
        [
            (
                ("Storm batters coast", "By Jane Roe", "MACON, Ga. _ Rain fell."),
                True,
                "front matter above the dateline",
            ),
            (
                ("By Jane Roe", "Rain fell on Monday."),
                True,
                "a byline or copyright line as a paragraph",
            ),
            (("*By JANE Q. ROE", "Rain fell."), True, "a byline or copyright line as a paragraph"),
            (
                ("C. 1999 Gazette News Service", "Rain fell."),
                True,
                "a byline or copyright line as a paragraph",
            ),
            (
                ("(c) 2000 The Gazette", "Rain fell."),
                True,
                "a byline or copyright line as a paragraph",
            ),
            (
                (
                    "Rain fell.",
                    "Associated Press writer Jo Kent in Macon contributed to this report.",
                ),
                True,
                "a credit line or note to editors as a paragraph",
            ),
            (
                ("Rain fell.", "(To publish this article, call the syndicate.)"),
                True,
                "a credit line or note to editors as a paragraph",
            ),
            (
                ("Rain fell.\nEDITORS: The story moves again at noon.",),
                True,
                "a credit line or note to editors as a paragraph",
            ),
            (("STORM BATTERS COAST", "Rain fell."), False, "the headline as a paragraph"),
            (("STORM BATTERS COAST", "Rain fell."), True, None),
            (("Rain fell on Monday.", "Roads closed."), False, None),
            (("``Stay home,'' the mayor said.", "Roads closed."), False, None),
            (
                (
                    (
                        "Rain fell and the roads closed as the river rose over its banks in"
                        " three towns on the coast"
                    ),
                ),
                False,
                None,
            ),
            (("Rain fell, said Bob Jones.", "By noon the roads had closed."), True, None),
            (("Rain fell.", "MACON, Ga. _ Rain fell."), True, "front matter above the dateline"),
            (("LIMA -- Frost hit.", "OSLO -- Rain fell."), True, None),
            (
                ("Cox News Service", "Rain fell."),
                True,
                "a news service's name or a release line as a paragraph",
            ),
            (
                ("FOR MONDAY AMs", "Rain fell."),
                True,
                "a news service's name or a release line as a paragraph",
            ),
            (
                ("EMBARGOED FOR FRIDAY, JUNE 7, 2024", "Rain fell."),
                True,
                "a news service's name or a release line as a paragraph",
            ),
            (("Staff Writer", "Rain fell."), True, "a byline or copyright line as a paragraph"),
            (("Rain fell on the news service.", "Roads closed."), True, None),
        ],
    )
    def test_front_matter(
        self, paragraphs: tuple[str, ...], headline: bool, reason: str | None
    ) -> None:
        """P elements holding front matter, notes or a title, not paragraphs, are told apart."""
        assert bench.aquaint_front_matter(paragraphs, headline=headline) == reason

    def test_front_matter_excludes_paragraphs(self) -> None:
        """A story whose P elements hold front matter leaves its paragraphs out; its dateline
        is still read from the first P."""
        paragraphs = ("KUNMING, May 6 (Xinhua) -- Tea rose.", "By Li Wei")
        truth = bench.aquaint_truth_for(bench.NO_TERMINATOR)(
            aquaint(aquaint_doc(paragraphs=paragraphs))
        )
        assert truth["paragraphs"] == bench.Excluded("a byline or copyright line as a paragraph")
        assert truth["location"] == "KUNMING"

    def test_no_dateline_undefined(self) -> None:
        """Without a dateline, location, date text and agency are undefined; the rest is not."""
        sgml = aquaint_doc(paragraphs=("Tea is grown on steep hills.",))
        truth = bench.aquaint_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert truth["location"] is UNDEFINED
        assert truth["agency"] is UNDEFINED
        assert truth["paragraphs"] == ("Tea is grown on steep hills.",)


def kbp_doc(docid: str, paragraphs: tuple[str, ...], headline: str | None = "Frost hits") -> str:
    """A <DOC> in the layout of the TAC KBP source documents, around an invented story."""
    lines = [
        "<DOC>",
        f"<DOCID> {docid} </DOCID>",
        '<DOCTYPE SOURCE="newswire"> NEWS STORY </DOCTYPE>',
        "<DATETIME> 2024-05-07 </DATETIME>",
        "<BODY>",
    ]
    if headline is not None:
        lines.append(f"<HEADLINE>\n{headline}\n</HEADLINE>")
    lines.append("<TEXT>")
    for paragraph in paragraphs:
        lines += ["<P>", paragraph, "</P>"]
    lines += ["</TEXT>", "</BODY>", "</DOC>", ""]
    return "\n".join(lines)


class TestKbpTruth:
    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            ("JERUSALEM", ("JERUSALEM", None, None)),
            ("UNITED NATIONS", ("UNITED NATIONS", None, None)),
            ("CHATTANOOGA, Tenn.", ("CHATTANOOGA, Tenn.", None, None)),
            ("GAZA CITY, Gaza Strip (AP)", ("GAZA CITY, Gaza Strip", None, "AP")),
            (
                "SEMARANG, Indonesia 2024-01-03 04:54:59 UTC",
                ("SEMARANG, Indonesia", None, None),
            ),
            ("LOS ANGELES 2024-01-06 05:54:25 UTC", ("LOS ANGELES", None, None)),
            ("NAIROBI, Jan. 1 (Xinhua)", ("NAIROBI", "Jan. 1", "Xinhua")),
            ("HONG KONG, November 22 (Xinhua)", ("HONG KONG", "November 22", "Xinhua")),
            (
                "Taipei, Sept. 2 (CNA) 09/02/24 16:13:45 (By Jo Lin and Ann Wu)",
                ("Taipei", "Sept. 2", "CNA"),
            ),
            ("States News Service", None),
            ("COX NEWS SERVICE FEATURES BUDGET", None),
            ("By Lou Chen", None),
            ("UNDATED", None),
            ("We was robbed?", None),
            ("Born: Jan. 30, 1909, in Chicago", None),
            ("JERUSALEM (AP) -- Rain fell on the city.", None),
            ("Kiss the coast goodbye.", None),
        ],
    )
    def test_dateline_alone(
        self, paragraph: str, expected: tuple[str | None, str | None, str | None] | None
    ) -> None:
        """A paragraph that is a dateline and nothing else is read into its three fields."""
        match = bench.kbp_dateline(paragraph)
        got = None if match is None else match.group("location", "date", "agency")
        assert got == expected

    def test_dateline_paragraph_is_no_paragraph(self) -> None:
        """The dateline standing as the first P is the truth's dateline, not a paragraph."""
        sgml = kbp_doc("APW_ENG_20240507.0001", ("FRESNO, Calif. (AP)", "Frost hit.", "(ab/cd)"))
        truth = bench.kbp_truth_for(bench.AP_DESK)(aquaint(sgml))
        assert truth["headline"] == "Frost hits"
        assert (truth["location"], truth["date_text"], truth["agency"]) == (
            "FRESNO, Calif.",
            None,
            "AP",
        )
        assert truth["paragraphs"] == ("Frost hit.",)
        assert truth["terminator"] == "(ab/cd)"

    def test_dateline_opening_the_lead(self) -> None:
        """A first P that opens with its dateline is read as AQUAINT's, glued separator too."""
        sgml = kbp_doc("LTW_ENG_20240507.0001", ("COLUMBUS, Ohio--Frost hit the state.", "More."))
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert (truth["location"], truth["date_text"], truth["agency"]) == (
            "COLUMBUS, Ohio",
            None,
            None,
        )
        assert truth["paragraphs"] == ("Frost hit the state.", "More.")

    def test_no_dateline(self) -> None:
        """An AFP story without a dateline: its dateline fields are undefined."""
        sgml = kbp_doc("AFP_ENG_20240507.0001", ("Frost hit the state on Monday.",))
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert truth["location"] is UNDEFINED
        assert truth["paragraphs"] == ("Frost hit the state on Monday.",)

    def test_front_matter_below_the_dateline(self) -> None:
        """Front matter is judged on the P elements after a dateline standing alone."""
        sgml = kbp_doc("NYT_ENG_20240507.0001", ("BOSTON", "By Ann Doe", "Frost hit."))
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert truth["location"] == "BOSTON"
        assert truth["paragraphs"] == bench.Excluded("a byline or copyright line as a paragraph")

    @pytest.mark.parametrize("first", ["UNDATED", "(UNDATED)", "2024-05-07 14:23:10 UTC"])
    def test_placeless_dateline_alone_is_no_paragraph(self, first: str) -> None:
        """A first P that is "UNDATED" or a stamp alone is a dateline naming no place: no
        paragraph, and the dateline fields undefined."""
        sgml = kbp_doc("NYT_ENG_20240507.0001", (first, "Frost hit.", "More."))
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert truth["location"] is UNDEFINED
        assert truth["paragraphs"] == ("Frost hit.", "More.")

    def test_digest_items_are_paragraphs(self) -> None:
        """A digest whose first item's dateline stands alone: the later items' datelines open
        their paragraphs, measured as they are, not excluded as front matter."""
        paragraphs = ("LIMA", "Frost hit.", "OSLO -- Rain fell.", "KABUL -- Snow fell.")
        sgml = kbp_doc("XIN_ENG_20240507.0001", paragraphs)
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert truth["location"] == "LIMA"
        assert truth["paragraphs"] == paragraphs[1:]

    @pytest.mark.parametrize(
        ("first", "headline", "reason"),
        [
            ("FOR MONDAY AMs", "Frost hits", "a release line, not a dateline"),
            ("Times Columnist", "Frost hits", "a writer's title, not a dateline"),
            ("Ohio.", "STORIES FOR EDITIONS OF", "the headline runs on into the first P"),
            ("BOSTON", "Frost hits", None),
        ],
    )
    def test_capitalised_first_p_that_is_no_dateline(
        self, first: str, headline: str, reason: str | None
    ) -> None:
        """A first P of capitalised words that is no dateline excludes the story's dateline
        fields and paragraphs, with the reason; a place is measured."""
        sgml = kbp_doc("NYT_ENG_20240507.0001", (first, "Frost hit."), headline=headline)
        truth = bench.kbp_truth_for(bench.NO_TERMINATOR)(aquaint(sgml))
        assert bench.kbp_no_dateline(first, headline) == reason
        if reason is None:
            assert truth["location"] == first
            assert truth["paragraphs"] == ("Frost hit.",)
        else:
            for field in ("location", "date_text", "agency", "paragraphs"):
                assert truth[field] == bench.Excluded(reason)

    def test_a_corpus_per_agency(self) -> None:
        """kbp2010 is scored per agency, each by the source code opening its files' names."""
        names = {c.name: c.pattern for c in bench.CORPORA if c.name.startswith("kbp2010")}
        assert names == {
            f"kbp2010-{a.lower()}": f"kbp2010/{a}_*"
            for a in ("AFP", "APW", "CNA", "LTW", "NYT", "XIN")
        }


class TestCommandLine:
    @pytest.fixture
    def shared(self, tmp_path: Path) -> Path:
        """A shared folder holding one Reuters file and two Xinhua documents."""
        (tmp_path / "corpora" / "reuters21578").mkdir(parents=True)
        (tmp_path / "corpora" / "aquaint").mkdir()
        (tmp_path / "corpora" / "reuters21578" / "reut2-000.sgm").write_text(
            reuters_file(reuters_doc("1"), reuters_doc("2", body="Oats rose.\n Reuter\n&#3;"))
        )
        for docno in ("XIE20240506.0001", "XIE20240506.0002"):
            (tmp_path / "corpora" / "aquaint" / docno).write_text(aquaint_doc(docno))
        return tmp_path

    def test_kbp2010_table(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The kbp2010 rows score the documents of each agency."""
        (tmp_path / "corpora" / "kbp2010").mkdir(parents=True)
        for docid, paragraphs in (
            ("XIN_ENG_20240507.0001.LDC2009T13", ("NAIROBI, May 7 (Xinhua)", "Rain fell.")),
            ("XIN_ENG_20240507.0002.LDC2009T13", ("NAIROBI, May 7 (Xinhua) -- Rain fell.",)),
            ("APW_ENG_20240507.0001.LDC2009T13", ("Rain fell on Monday.",)),
        ):
            (tmp_path / "corpora" / "kbp2010" / f"{docid}.sgm").write_text(
                kbp_doc(docid, paragraphs)
            )
        argv = ["--shared", str(tmp_path), "--corpus", "kbp2010-xin", "--corpus", "kbp2010-apw"]
        assert bench.main([*argv, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)["corpora"]
        assert report["kbp2010-xin"]["documents"] == 2
        assert report["kbp2010-apw"]["documents"] == 1
        assert report["kbp2010-xin"]["fields"]["location"]["n"] == 2
        assert report["kbp2010-xin"]["fields"]["headline"]["correct"] == 2
        assert report["kbp2010-apw"]["fields"]["location"]["n"] == 0

    def test_absent_corpora_skip(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Without the corpora the script says so and exits with status 0."""
        assert bench.main(["--shared", str(tmp_path)]) == 0
        assert "skipped" in capsys.readouterr().out

    def test_table(self, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The table has a row per corpus and a cell per field with n."""
        assert bench.main(["--shared", str(shared)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == (
            "| corpus | docs | headline | location | date_text | agency | terminator | paragraphs |"
        )
        rows = {line.split(" | ")[0].lstrip("| "): line for line in lines[2:]}
        assert set(rows) == {c.name for c in bench.CORPORA}
        assert {"reuters21578", "aquaint-apw", "kbp2010-apw", "kbp2010-xin"} <= set(rows)
        assert rows["aquaint-xie"].startswith("| aquaint-xie | 2 | 100.0% (n=2) | 100.0% (n=2) |")
        assert "| aquaint-apw | 0 | - (n=0) |" in rows["aquaint-apw"]

    def test_json(self, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--json gives n, correct and accuracy for each corpus and field."""
        # Read with the Xinhua dialect, the Reuters stories give failures to count.
        argv = ["--shared", str(shared), "--json", "--corpus", "reuters21578"]
        assert bench.main([*argv, "--dialect", "xinhua"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert set(report["corpora"]) == {"reuters21578"}
        fields = report["corpora"]["reuters21578"]["fields"]
        assert fields["headline"] == {"n": 2, "correct": 2, "accuracy": 1.0, "excluded": {}}
        assert fields["location"]["n"] == 2
        assert fields["location"]["excluded"] == {}
        assert fields["agency"]["correct"] == 0  # the Xinhua dialect knows no Reuters

    def test_excluded_counted(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Documents whose markup is malformed for a field are left out of n and counted
        apart, with the reason, in the table's notes and in JSON."""
        (tmp_path / "corpora" / "reuters21578").mkdir(parents=True)
        (tmp_path / "corpora" / "reuters21578" / "reut2-000.sgm").write_text(
            reuters_file(reuters_doc("1"), reuters_doc("2", dateline="DEC9  --     --"))
        )
        argv = ["--shared", str(tmp_path), "--corpus", "reuters21578"]
        assert bench.main(argv) == 0
        out = capsys.readouterr().out
        assert "| reuters21578 | 2 | 100.0% (n=2) | 100.0% (n=1) |" in out
        assert "- reuters21578 location: 1 (a table row, not a dateline: 1)" in out
        assert bench.main([*argv, "--json"]) == 0
        fields = json.loads(capsys.readouterr().out)["corpora"]["reuters21578"]["fields"]
        assert fields["paragraphs"]["n"] == 1
        assert fields["paragraphs"]["excluded"] == {"a table row, not a dateline": 1}

    def test_failures(self, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--failures lists failing ids with where they are, expected and got."""
        argv = ["--shared", str(shared), "--corpus", "reuters21578", "--failures", "location"]
        assert bench.main([*argv, "--limit", "1", "--dialect", "xinhua"]) == 0
        out = capsys.readouterr().out
        assert "## reuters21578: location, 2 failures of 2 (showing 1)" in out
        assert "- 1 (reut2-000.sgm:2) defects: " in out
        assert "expected: 'GREENVILLE, Ohio'" in out

    def test_failures_json(self, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--failures with --json lists the failures as objects."""
        argv = ["--shared", str(shared), "--corpus", "reuters21578", "--json"]
        assert bench.main([*argv, "--failures", "paragraphs", "--dialect", "xinhua"]) == 0
        [first, second] = json.loads(capsys.readouterr().out)["failures"]["reuters21578"]
        assert (first["id"], second["id"]) == ("1", "2")
        assert second["expected"] == ["Oats rose."]

    def test_show(self, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--show prints a document's text, truth and parse."""
        assert bench.main(["--shared", str(shared), "--show", "XIE20240506.0002"]) == 0
        out = capsys.readouterr().out
        assert "== aquaint-xie XIE20240506.0002" in out
        assert "KUNMING, May 6 (Xinhua) -- Tea exports" in out
        assert "truth: 'KUNMING'" in out

    def test_dialect_for_one_corpus(self, shared: Path) -> None:
        """--dialect CORPUS=NAME applies to that corpus; an unknown corpus is refused."""
        assert bench.dialect_choices(["aquaint-xie=xinhua"]) == {"aquaint-xie": "xinhua"}
        assert bench.dialect_choices(["aquaint-xie=other", "xinhua"])["reuters21578"] == "xinhua"
        with pytest.raises(SystemExit, match="no corpus named"):
            bench.dialect_choices(["reuters=xinhua"])


class TestPatterns:
    @pytest.mark.timeout(60)
    @pytest.mark.parametrize(
        "name", sorted(n for n, v in vars(bench).items() if isinstance(v, regex.Pattern))
    )
    def test_linear_on_adversarial_input(self, name: str) -> None:
        """Each of the script's patterns finishes on every adversarial string."""
        pattern = vars(bench)[name]
        for text in ADVERSARIAL.values():
            pattern.search(text)
            pattern.match(text)
            sum(1 for _ in pattern.finditer(text[:20_000]))
