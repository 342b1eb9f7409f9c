"""The rules of a parse, one class per element, on fixtures and on short stories made here."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest

import wireparse
from wireparse import DefectCode, Furniture, Parser
from wireparse._text import SPACE
from wireparse.rules import (
    DEFAULT_RULES,
    Rule,
    State,
    insert_after,
    insert_before,
    looks_like_heading,
    remove,
    replace,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The body every short story below ends with, when it is not what a test is about.
BODY = "\n\nBEIJING, May 6 (Xinhua) -- Rain fell. Enditem"


def read_fixture(name: str) -> str:
    """Return a fixture's text with its line ends as stored."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def parse_fixture(name: str) -> wireparse.Article:
    """Parse a fixture leniently."""
    return wireparse.parse(read_fixture(name))


def codes(article: wireparse.Article) -> list[str]:
    """The codes of an article's defects, in order."""
    return [d.code.value for d in article.defects]


def span_of(text: str, piece: str) -> tuple[int, int]:
    """The span of the only occurrence of ``piece`` in ``text``."""
    assert text.count(piece) == 1, piece
    start = text.index(piece)
    return start, start + len(piece)


class TestIds:
    def test_both_markers(self) -> None:
        """An opening and a closing id line are read, with the story's extent between them."""
        text = read_fixture("terminator_glued.txt")
        ids = wireparse.parse(text).id_markers
        assert ids == wireparse.IdMarkers(
            start="8200601",
            end="8200602",
            start_span=(0, 7),
            end_span=span_of(text, "8200602"),
            span=(0, span_of(text, "8200602")[1]),
        )

    def test_missing(self) -> None:
        """A story without id lines has no id markers and no defect for them."""
        article = parse_fixture("ids_missing.txt")
        assert article.id_markers is None
        assert article.defects == ()

    def test_only_opening(self) -> None:
        """An opening id line alone is kept and reported as unpaired."""
        article = parse_fixture("ids_opening_only.txt")
        assert article.id_markers == wireparse.IdMarkers(
            start="8200801", end=None, start_span=(0, 7), end_span=None, span=(0, 7)
        )
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.UNPAIRED_ID_MARKER,
                message=(
                    "the opening id line '8200801' has no partner at the other end of the story"
                ),
                span=(0, 7),
            ),
        )

    def test_only_closing(self) -> None:
        """A closing id line alone is kept and reported as unpaired."""
        text = read_fixture("ids_closing_only.txt")
        article = wireparse.parse(text)
        closing = span_of(text, "8200902")
        assert article.id_markers == wireparse.IdMarkers(
            start=None, end="8200902", start_span=None, end_span=closing, span=closing
        )
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.UNPAIRED_ID_MARKER,
                message=(
                    "the closing id line '8200902' has no partner at the other end of the story"
                ),
                span=closing,
            ),
        )

    def test_unpaired_is_strict_error(self) -> None:
        """In strict mode an unpaired id line raises at its line."""
        with pytest.raises(wireparse.ParseError) as caught:
            wireparse.parse(read_fixture("ids_closing_only.txt"), strict=True)
        assert caught.value.defect.code is DefectCode.UNPAIRED_ID_MARKER
        assert (caught.value.line, caught.value.column) == (9, 1)

    def test_number_inside_story_is_not_an_id(self) -> None:
        """A line of digits between other lines is no id marker."""
        article = wireparse.parse(
            "Scores\n\nBEIJING, May 6 (Xinhua) -- Final score:\n\n2025\n\nGood. Enditem"
        )
        assert article.id_markers is None
        assert [p.text for p in article.paragraphs] == ["Final score:", "2025", "Good."]

    def test_single_id_line(self) -> None:
        """A text that is one id line has an opening marker and no closing one."""
        article = wireparse.parse("12345")
        assert article.id_markers is not None
        assert (article.id_markers.start, article.id_markers.end) == ("12345", None)
        assert DefectCode.UNPAIRED_ID_MARKER in [d.code for d in article.defects]

    def test_digits_of_other_scripts_are_no_id(self) -> None:
        """Id lines are ASCII digits: a line of Arabic-Indic digits is no id line."""
        article = wireparse.parse("\u0667\u0661\u0665\n" + BODY)
        assert article.id_markers is None
        assert article.headline is not None
        assert article.headline.text == "\u0667\u0661\u0665"

    def test_id_with_other_characters_is_not_an_id(self) -> None:
        """A line that holds more than digits is no id line."""
        article = wireparse.parse("No. 8200601\n" + BODY)
        assert article.id_markers is None
        assert article.headline is not None
        assert article.headline.text == "No. 8200601"


class TestFurniture:
    def test_captions_and_bylines_between_paragraphs(self) -> None:
        """Photo captions and bylines between paragraphs are furniture, not paragraphs."""
        article = parse_fixture("captions_and_bylines.txt")
        assert [(f.kind, f.text) for f in article.furniture] == [
            ("caption", "(Photo by Herman Emmanuel/Xinhua)"),
            ("caption", "(Xinhua/Li Xin)"),
            ("byline", "(by Wang Jinyu)"),
        ]
        assert [p.text[:24] for p in article.paragraphs] == [
            "Farmers in a village out",
            "A bag of husks yields ab",
            "Several farmers now sell",
        ]
        assert article.defects == ()

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Home -", "breadcrumb"),
            ("Home > World", "breadcrumb"),
            ("Home | China", "breadcrumb"),
            ("(Xinhua/Li Xin)", "caption"),
            ("(Photo by Herman Emmanuel/Xinhua)", "caption"),
            ("(Photo by Zhang Wei / Xinhua)", "caption"),
            ("(Xinhua)", "caption"),
            ("(by Wang Jinyu)", "byline"),
            ("(By Xinhua writer Li Xin)", "byline"),
            ("Editor: Liu Yang", "editor"),
            ("Web editor: Xu Yan", "editor"),
            ("Cox News Service", "service"),
            ("STATES NEWS SERVICE", "service"),
            ("Los Angeles Times-Washington Post News Service", "service"),
            ("FOR WEDNESDAY AMs", "release"),
            ("FOR SUNDAY PAPERS", "release"),
            ("FOR RELEASE SUNDAY, JUNE 3", "release"),
            ("FOR IMMEDIATE RELEASE", "release"),
            ("HOLD FOR RELEASE UNTIL 6 P.M. EDT", "release"),
            ("EMBARGOED FOR TUESDAY, MAY 14, 2024", "release"),
            ("ADVANCE FOR USE SUNDAY, JUNE 2", "release"),
        ],
    )
    def test_furniture_line(self, line: str, kind: str) -> None:
        """Each kind of furniture line between two paragraphs is claimed with its kind."""
        text = f"Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n\n{line}\n\nIt stopped. Enditem"
        article = wireparse.parse(text)
        assert article.furniture == (Furniture(kind=kind, text=line, span=(45, 45 + len(line))),)
        assert [p.text for p in article.paragraphs] == ["Rain fell.", "It stopped."]

    @pytest.mark.parametrize(
        "line",
        [
            "Home prices rose.",
            "Homeowners met on Monday",
            "(Xinhua reporters visited)",
            "Editors",
            "EDITORS: The story below moves again at noon with a new lead",
            "the news service said",
            "News Service",
            "For Wednesday AMs",
        ],
    )
    def test_not_furniture(self, line: str) -> None:
        """Lines that only start like furniture stay paragraphs."""
        text = f"Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n\n{line}\n\nIt stopped. Enditem"
        article = wireparse.parse(text)
        assert article.furniture == ()
        assert [p.text for p in article.paragraphs] == ["Rain fell.", line, "It stopped."]

    @pytest.mark.parametrize(
        "line",
        [
            "FOR A WHILE IT RAINED",
            "FOR RELEASE OF HOSTAGES, TALKS",
            "EMBARGOED FOR MAY 14 RAIN FALLS ON THE COAST",
        ],
    )
    def test_capitals_that_only_start_like_a_release_line(self, line: str) -> None:
        """A line in capitals that opens like a release line but goes on with no day, date or
        time is no furniture: it stays in the body, a subheading."""
        text = f"Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n\n{line}\n\nIt stopped. Enditem"
        article = wireparse.parse(text)
        assert article.furniture == ()
        assert [h.text for h in article.headings] == [line]

    def test_release_and_service_lines_above_the_lead(self) -> None:
        """Syndicated American copy: a release line and the news service's name between the
        headline and the dateline are furniture, neither a dateline nor a defect."""
        article = wireparse.parse(
            "FOR THURSDAY AMs\n\nFROST HITS THE ORCHARDS\n\nCOX NEWS SERVICE\n\n"
            "MACON, Ga. -- Frost hit the peach orchards overnight.\n\nGrowers counted losses.\n",
            dialect="nyt",
        )
        assert [(f.kind, f.text) for f in article.furniture] == [
            ("release", "FOR THURSDAY AMs"),
            ("service", "COX NEWS SERVICE"),
        ]
        assert article.headline is not None
        assert article.headline.text == "FROST HITS THE ORCHARDS"
        assert article.dateline is not None
        assert article.dateline.location == "MACON, Ga."
        assert [p.text for p in article.paragraphs] == [
            "Frost hit the peach orchards overnight.",
            "Growers counted losses.",
        ]
        assert article.defects == ()

    def test_a_news_service_the_dialect_names_as_its_source_is_the_source(self) -> None:
        """The New York Times News Service moves the NYT's own copy: under the headline its
        name is the story's source line, not furniture; another service's name stays furniture."""
        own = wireparse.parse(
            "FROST HITS THE ORCHARDS\n\nNew York Times News Service\n\n"
            "MACON, Ga. -- Frost hit the peach orchards overnight.\n",
            dialect="nyt",
        )
        assert own.furniture == ()
        assert own.source == "New York Times News Service"
        assert [(m.kind, m.text) for m in own.meta_lines] == [
            ("source", "New York Times News Service")
        ]
        other = wireparse.parse(
            "FROST HITS THE ORCHARDS\n\nCox News Service\n\n"
            "MACON, Ga. -- Frost hit the peach orchards overnight.\n",
            dialect="nyt",
        )
        assert [(f.kind, f.text) for f in other.furniture] == [("service", "Cox News Service")]
        assert other.source is None

    def test_furniture_inside_a_block_splits_the_paragraph(self) -> None:
        """A caption inside a block ends the paragraph before it and starts another after it."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell\nall day.\n(Xinhua/Li Xin)\nIt stopped."
            " Enditem"
        )
        assert [p.text for p in article.paragraphs] == ["Rain fell all day.", "It stopped."]
        assert [f.text for f in article.furniture] == ["(Xinhua/Li Xin)"]

    def test_note_to_editors_opening_a_wrapped_paragraph(self) -> None:
        """A long "EDITOR: ..." line going on to the next line of its block opens a
        paragraph: it is no editor's name."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n\nEDITOR: Visit the news syndicate's"
            " Web site at\nwww.example.com for more features.\n\nIt stopped. Enditem"
        )
        assert article.furniture == ()
        assert [p.text for p in article.paragraphs][1] == (
            "EDITOR: Visit the news syndicate's Web site at www.example.com for more features."
        )

    def test_furniture_after_terminator(self) -> None:
        """A caption after the terminator does not hide the terminator."""
        article = wireparse.parse("Rain" + BODY + "\n\n(Xinhua/Li Xin)")
        assert article.terminator is not None
        assert article.terminator.text == "Enditem"
        assert [f.text for f in article.furniture] == ["(Xinhua/Li Xin)"]
        assert article.defects == ()

    def test_breadcrumb_before_headline(self) -> None:
        """The breadcrumb above the headline is furniture, and the headline is the next line."""
        article = parse_fixture("kicker_feature.txt")
        assert [(f.kind, f.text, f.span) for f in article.furniture] == [
            ("breadcrumb", "Home -", (8, 14))
        ]
        assert article.headline is not None
        assert article.headline.kicker == "Feature"


SEPARATED = [
    ("separator_double_hyphen.txt", "FUZHOU, July 14 (Xinhua) --"),
    ("separator_em_dash.txt", "FUZHOU, July 14 (Xinhua) \u2014"),
    ("separator_en_dash.txt", "FUZHOU, July 14 (Xinhua) \u2013"),
    ("separator_hyphen.txt", "FUZHOU, July 14 (Xinhua) -"),
    ("separator_glued.txt", "FUZHOU, July 14 (Xinhua)--"),
]


class TestDateline:
    @pytest.mark.parametrize(
        ("line", "dateline", "date_text"),
        [
            (
                "08/12/26 10:01:02 新华社北京8月12日电 北京花卉市场迎来客流高峰。",
                "08/12/26 10:01:02 新华社北京8月12日电",
                "8月12日",
            ),
            (
                "10/01/26 02:13:01 法新社香港九月三十日电 香港股市今天收高。",
                "10/01/26 02:13:01 法新社香港九月三十日电",
                "九月三十日",
            ),
        ],
    )
    def test_stamp_before_a_dateline_form(self, line: str, dateline: str, date_text: str) -> None:
        """A transmission stamp opening the paragraph before a dateline in the dialect's own
        form belongs to the dateline; the lead follows it."""
        text = f"市场迎来高峰\n\n{line}\n\n市场负责人说。\n"
        article = wireparse.parse(text)
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.date_text) == (dateline, date_text)
        assert article.dateline.span == span_of(text, dateline)
        assert article.paragraphs[0].text == line[len(dateline) :].strip()

    def test_date_range_in_a_listing_is_no_dateline(self) -> None:
        """A calendar's dates joined by a hyphen (``Jan. 1-6``, ``Jan. 30-Feb. 4``) open no
        dateline: each line of the listing stays whole in the body."""
        items = [
            "Jan. 1-6 -- Harbour Open, Lima (Ana Silva)",
            "Jan. 30-Feb. 4 -- Coast Classic, Oslo (Jo Kent)",
        ]
        text = "TOUR CALENDAR\n\n" + "\n\n".join(items) + "\n"
        article = wireparse.parse(text, dialect="reuters-1987")
        assert article.dateline is None
        assert [p.text for p in article.paragraphs] == items

    @pytest.mark.parametrize(
        "line", ["    MONTREAL, Feb 26- Rain fell.", "    MONTREAL, Feb 26 -Rain fell."]
    )
    def test_separator_glued_to_the_day(self, line: str) -> None:
        """A hyphen glued to the day before a lead is the separator, not a date range."""
        article = wireparse.parse(f"RAIN\n\n{line}\n Reuter\n", dialect="reuters-1987")
        assert article.dateline is not None
        assert article.dateline.date_text == "Feb 26"
        assert [p.text for p in article.paragraphs] == ["Rain fell."]

    @pytest.mark.parametrize(("name", "dateline"), SEPARATED)
    def test_separators(self, name: str, dateline: str) -> None:
        """Every separator after "(Xinhua)" ends the dateline, and the lead follows it."""
        text = read_fixture(name)
        article = wireparse.parse(text)
        assert article.dateline == wireparse.Dateline(
            text=dateline,
            location="FUZHOU",
            city="FUZHOU",
            date_text="July 14",
            date=datetime.date(2025, 7, 14),
            agency="Xinhua",
            span=span_of(text, dateline),
        )
        lead = article.paragraphs[0]
        assert lead.text.startswith("An offshore wind farm in the waters")
        assert lead.span[0] == text.index("An offshore")
        assert article.defects == ()

    def test_without_date(self) -> None:
        """A dateline may name a place and no date."""
        text = read_fixture("dateline_without_date.txt")
        article = wireparse.parse(text)
        assert article.dateline == wireparse.Dateline(
            text="CANBERRA (Xinhua) --",
            location="CANBERRA",
            city="CANBERRA",
            date_text=None,
            date=None,
            agency="Xinhua",
            span=span_of(text, "CANBERRA (Xinhua) --"),
        )
        assert article.paragraphs[0].text.startswith("Australian marine scientists")
        assert article.defects == ()

    def test_place_with_country(self) -> None:
        """A place may carry its country after a comma."""
        dateline = parse_fixture("dateline_with_country.txt").dateline
        assert dateline is not None
        assert dateline.text == "CARBONDALE, United States, Dec. 13 (Xinhua) --"
        assert dateline.location == "CARBONDALE, United States"
        assert dateline.date_text == "Dec. 13"
        assert dateline.date == datetime.date(2024, 12, 13)

    def test_place_with_apostrophe(self) -> None:
        """A place may hold an apostrophe, as in XI'AN."""
        dateline = parse_fixture("ids_missing.txt").dateline
        assert dateline is not None
        assert (dateline.location, dateline.date_text) == ("XI'AN", "May 20")

    def test_place_with_country_in_parentheses(self) -> None:
        """A place may carry its country in parentheses, as in EILAT (ISRAEL)."""
        dateline = wireparse.parse("Rain\n\nEILAT (ISRAEL), April 30 (Xinhua) -- Rain.").dateline
        assert dateline is not None
        assert (dateline.text, dateline.location, dateline.date_text) == (
            "EILAT (ISRAEL), April 30 (Xinhua) --",
            "EILAT (ISRAEL)",
            "April 30",
        )

    def test_date_without_place(self) -> None:
        """A dateline may print a date and no place."""
        dateline = wireparse.parse("Rain\n\nMay 6 (Xinhua) -- Rain fell. Enditem").dateline
        assert dateline is not None
        assert (dateline.text, dateline.location, dateline.date_text) == (
            "May 6 (Xinhua) --",
            None,
            "May 6",
        )

    def test_no_space_before_tag(self) -> None:
        """The tag may be glued to the date."""
        dateline = wireparse.parse("Rain\n\nBEIJING, Jan. 1(Xinhua) -- Rain. Enditem").dateline
        assert dateline is not None
        assert (dateline.text, dateline.date_text) == ("BEIJING, Jan. 1(Xinhua) --", "Jan. 1")

    def test_spaces_inside_tag_and_any_case(self) -> None:
        """The tag may hold spaces and be in any case; the agency is kept as printed."""
        dateline = wireparse.parse("Rain\n\nBEIJING, May 6 ( XINHUA ) -- Rain. Enditem").dateline
        assert dateline is not None
        assert (dateline.text, dateline.agency) == ("BEIJING, May 6 ( XINHUA ) --", "XINHUA")

    def test_year_in_dateline(self) -> None:
        """A dateline may print the year, and the date then takes it."""
        dateline = wireparse.parse(
            "Rain\n\nSTOCKHOLM, Aug 29, 2014 (Xinhua) - Rain. Enditem"
        ).dateline
        assert dateline is not None
        assert (dateline.location, dateline.date_text, dateline.date) == (
            "STOCKHOLM",
            "Aug 29, 2014",
            datetime.date(2014, 8, 29),
        )

    def test_dateline_alone_on_its_line(self) -> None:
        """A dateline alone on its line is followed by the lead on the next line."""
        text = "Rain\n\nBEIJING, May 6 (Xinhua) --\nRain fell. Enditem"
        article = wireparse.parse(text)
        assert article.dateline is not None
        assert article.dateline.span == span_of(text, "BEIJING, May 6 (Xinhua) --")
        assert [p.text for p in article.paragraphs] == ["Rain fell."]

    def test_leading_tab(self) -> None:
        """A tab before the dateline is not part of it."""
        article = wireparse.parse("Rain\n\n\tBEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
        assert article.dateline is not None
        assert article.dateline.span == (7, 33)

    def test_sentence_with_tag_is_no_dateline(self) -> None:
        """A sentence that mentions "(Xinhua)" is not a dateline."""
        text = "Rain\n\nThe report released by the agency (Xinhua) -- was long. Enditem"
        article = wireparse.parse(text)
        assert article.dateline is None
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.NO_DATELINE,
                message="no line near the top opens with a Xinhua dateline",
                span=(0, 0),
            ),
        )
        assert [p.text for p in article.paragraphs] == [
            "The report released by the agency (Xinhua) -- was long."
        ]

    def test_place_in_lower_case_is_no_dateline(self) -> None:
        """A place must start with a capital letter."""
        article = wireparse.parse("Rain\n\nbeijing, May 6 (Xinhua) -- Rain. Enditem")
        assert article.dateline is None
        assert codes(article) == ["no-dateline"]

    def test_no_dateline_points_at_first_candidate(self) -> None:
        """The missing dateline is reported at the first line that could have held it."""
        text = "8200601\nHome -\nRain in the north\n\nRain fell. Enditem\n8200602"
        article = wireparse.parse(text)
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.NO_DATELINE,
                message="no line near the top opens with a Xinhua dateline",
                span=(15, 15),
            ),
        )

    def test_dateline_too_far_down(self) -> None:
        """A dateline below the first twelve candidate lines is not looked for."""
        lines = "\n\n".join(f"Line {n} of the preamble" for n in range(12))
        article = wireparse.parse(f"{lines}\n\nBEIJING, May 6 (Xinhua) -- Rain. Enditem")
        assert article.dateline is None
        assert DefectCode.NO_DATELINE in [d.code for d in article.defects]

    def test_tag_too_far_into_the_line(self) -> None:
        """An agency tag further than 160 characters into a line does not make a dateline."""
        place = "BEIJING, " + "A" * 170 + ", May 6"
        article = wireparse.parse(f"Rain\n\n{place} (Xinhua) -- Rain. Enditem")
        assert article.dateline is None


KICKERS = [
    "Xinhua Headlines",
    "Feature",
    "Interview",
    "Roundup",
    "Commentary",
    "Spotlight",
    "News Analysis",
    "China Focus",
    "Economic Watch",
    "Xiplomacy",
    "Across China",
]
FEATURE_HEADLINE = "Feature: Night market in Chengdu draws young crowds to old lanes"
TITLE = "Night market in Chengdu draws young crowds to old lanes"


class TestDatelineAlone:
    """A dateline set as a paragraph of its own between the headline and the lead, with no
    separator, as the Gigaword copy of the AP, the New York Times and CNA stores it."""

    LEAD = "Rain fell on the city for a third day, officials said."

    def story(self, dateline: str) -> str:
        return f"Storm floods the old port\n\n{dateline}\n\n{self.LEAD}\n\nIt stopped at noon."

    @pytest.mark.parametrize(
        ("dateline", "location", "date_text", "agency"),
        [
            ("JERUSALEM", "JERUSALEM", None, None),
            ("CHATTANOOGA, Tenn.", "CHATTANOOGA, Tenn.", None, None),
            ("SEMARANG, Indonesia 2007-01-03 04:54:59 UTC", "SEMARANG, Indonesia", None, None),
            ("JERUSALEM (AP)", "JERUSALEM", None, "AP"),
            ("NAIROBI, Jan. 1 (Xinhua)", "NAIROBI", "Jan. 1", "Xinhua"),
            ("EILAT (ISRAEL)", "EILAT (ISRAEL)", None, None),
        ],
    )
    def test_dateline_paragraph(
        self, dateline: str, location: str, date_text: str | None, agency: str | None
    ) -> None:
        """The line is the dateline, whole; the lead is the next paragraph, and the dateline
        is no paragraph of the body."""
        text = self.story(dateline)
        article = wireparse.parse(text, dialect="xinhua")
        assert article.dateline is not None
        assert article.dateline.text == dateline
        assert article.dateline.span == span_of(text, dateline)
        assert (article.dateline.location, article.dateline.date_text) == (location, date_text)
        assert article.dateline.agency == agency
        assert [p.text for p in article.paragraphs] == [self.LEAD, "It stopped at noon."]
        assert article.headline is not None
        assert article.headline.text == "Storm floods the old port"

    DIGEST = (
        "Xinhua world news summary at 0800 GMT, May 6\n\n"
        "LIMA\n\n"
        "Rain flooded the old port on Friday, officials said.\n(Peru-Rain)\n\n"
        "OSLO -- The central bank held its rate on Friday.\n\n"
        "It said prices were steady. (Norway-Rates)\n\n"
        "KABUL -- Snow closed the pass to the north.\n(Afghanistan-Snow)\n"
    )

    def test_digest_whose_first_item_has_its_dateline_alone(self) -> None:
        """A news digest: the first item's dateline, set alone above it, is the story's; the
        later items' datelines stay in the body, opening their items; nothing is dropped."""
        article = wireparse.parse(self.DIGEST, dialect="xinhua")
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.location) == ("LIMA", "LIMA")
        assert article.dateline.span == span_of(self.DIGEST, "LIMA")
        assert [p.text for p in article.paragraphs] == [
            "Rain flooded the old port on Friday, officials said. (Peru-Rain)",
            "OSLO -- The central bank held its rate on Friday.",
            "It said prices were steady. (Norway-Rates)",
            "KABUL -- Snow closed the pass to the north. (Afghanistan-Snow)",
        ]
        assert [d.code for d in article.defects] == [DefectCode.NO_TERMINATOR]

    @pytest.mark.parametrize(
        "above",
        [
            "Xinhua\n\n2026-05-06",  # a source and a date line: short, no prose
            "PERU",  # a kicker in capitals right above the lead
        ],
    )
    def test_no_digest_item_above_a_dateline_opening_the_lead(self, above: str) -> None:
        """Short lines between the headline and a dateline opening the lead hold no digest
        item: the dateline opening the lead is the story's."""
        text = (
            f"Storm floods the old port\n\n{above}\n\n"
            "LIMA, May 6 (Xinhua) -- Rain fell on the city.\n\nIt stopped. Enditem\n"
        )
        article = wireparse.parse(text, dialect="xinhua")
        assert article.dateline is not None
        assert article.dateline.text == "LIMA, May 6 (Xinhua) --"

    def test_undated(self) -> None:
        """ "UNDATED" alone above the lead is a dateline that names no place."""
        article = wireparse.parse(self.story("UNDATED"), dialect="nyt")
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.location) == ("UNDATED", None)
        assert [p.text for p in article.paragraphs] == [self.LEAD, "It stopped at noon."]

    def test_stamp_and_byline_after_the_tag(self) -> None:
        """CNA's stamp and byline after the tag belong to the dateline line, not to the lead."""
        dateline = "Taipei, Jan. 1 (CNA) 01/01/27 16:21:22 (By Jo Lin)"
        text = self.story(dateline)
        article = wireparse.parse(text, dialect="cna")
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.span) == (dateline, span_of(text, dateline))
        assert (article.dateline.location, article.dateline.agency) == ("Taipei", "CNA")
        assert [p.text for p in article.paragraphs] == [self.LEAD, "It stopped at noon."]

    def test_byline_wrapped_after_the_tag(self) -> None:
        """A byline after the tag may wrap onto the next line of the dateline's paragraph."""
        dateline = "Taipei, Jan. 1 (CNA) 01/01/27 16:21:22 (By Jo Lin\nand Mei Wu)"
        text = self.story(dateline)
        article = wireparse.parse(text, dialect="cna")
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.span) == (dateline, span_of(text, dateline))
        assert [p.text for p in article.paragraphs] == [self.LEAD, "It stopped at noon."]
        assert article.defects == ()

    def test_lead_after_the_tag_is_no_tail(self) -> None:
        """Text after the tag is the lead, even when it opens with a number."""
        text = "Storm\n\nTaipei, Jan. 1 (CNA) -- 01/01/27 was the wettest day (By one count)."
        article = wireparse.parse(text, dialect="cna")
        assert article.dateline is not None
        assert article.dateline.text == "Taipei, Jan. 1 (CNA) --"
        assert article.paragraphs[0].text.startswith("01/01/27 was")

    def test_stamped_first_line(self) -> None:
        """A story without a headline may open with its dateline alone when it is stamped."""
        text = f"WASHINGTON 2008-02-28 15:48:40 UTC\n\n{self.LEAD}"
        article = wireparse.parse(text, dialect="xinhua")
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.location) == (
            "WASHINGTON 2008-02-28 15:48:40 UTC",
            "WASHINGTON",
        )
        assert article.headline is None
        assert [p.text for p in article.paragraphs] == [self.LEAD]

    def test_opening_dateline_first(self) -> None:
        """A byline in capitals above a dateline that opens the lead is no dateline."""
        text = "Storm floods the old port\n\nBY JO LIN\n\nBEIJING, May 6 (Xinhua) -- Rain fell."
        dateline = wireparse.parse(text).dateline
        assert dateline is not None
        assert dateline.text == "BEIJING, May 6 (Xinhua) --"

    @pytest.mark.parametrize(
        "text",
        [
            # The first line is the headline's, in capitals or not.
            "WASHINGTON\n\nRain fell on the city, officials said.\n\nIt stopped.",
            # A subheading in capitals below the lead.
            (
                "Winners of the awards\n\nThe winners, named on Sunday night:\n\n"
                "MOTION PICTURES\n\nPICTURE: Rain"
            ),
            # A subheading below a lead of one line.
            "The mayor spoke at noon.\n\nLONG-LASTING\n\nRain fell.",
            # A line in capitals inside a paragraph.
            "Storm floods the old port\n\nRain fell\nJERUSALEM\nall day.",
            # A sentence, or a place whose brackets hold no agency before a stamp.
            "Storm\n\nThe mayor spoke\n\nRain fell.",
            "Storm\n\nEILAT (ISRAEL) 2007-01-03 04:54:59 UTC\n\nRain fell.",
        ],
    )
    def test_not_a_dateline(self, text: str) -> None:
        """A line in capitals that is no dateline alone above the lead stays what it was."""
        article = wireparse.parse(text, dialect="xinhua")
        assert article.dateline is None
        assert DefectCode.NO_DATELINE in {d.code for d in article.defects}

    def test_long_lines(self) -> None:
        """Long lines of capitals and stamps are read without a dateline, whole."""
        text = "Storm\n\n" + "A" * 100_000 + "\n\n" + "JERUSALEM (AP) " * 10_000 + "\n\nRain."
        article = wireparse.parse(text, dialect="xinhua")
        assert article.dateline is None


class TestHeadline:
    @pytest.mark.parametrize("title", ["Fed to name its chief by Sept.", "Vote put off to Jan."])
    def test_ends_in_a_month_abbreviation(self, title: str) -> None:
        """Without a dateline, a line ending in a month's abbreviation is still a headline."""
        article = wireparse.parse(f"{title}\n\nRain fell on the city for a day.")
        assert article.headline is not None
        assert article.headline.text == title
        assert [p.text for p in article.paragraphs] == ["Rain fell on the city for a day."]

    @pytest.mark.parametrize(
        "lead",
        ["The vote was held on Sept. 3.", "He said rain fell in Sept. and stopped."],
    )
    def test_sentence_ending_in_a_date_is_no_headline(self, lead: str) -> None:
        """A sentence whose last date ends in its day, or a word after the month, is no headline."""
        article = wireparse.parse(f"{lead}\n\nRain fell.")
        assert article.headline is None
        assert article.paragraphs[0].text == lead

    def test_fixture(self) -> None:
        """The headline line is split into its kicker and title."""
        text = read_fixture("kicker_feature.txt")
        headline = wireparse.parse(text).headline
        assert headline == wireparse.Headline(
            text=FEATURE_HEADLINE,
            kicker="Feature",
            title=TITLE,
            span=span_of(text, FEATURE_HEADLINE),
        )

    @pytest.mark.parametrize("kicker", KICKERS)
    def test_kickers(self, kicker: str) -> None:
        """Each Xinhua kicker is split off the headline without its colon."""
        text = read_fixture("kicker_feature.txt").replace("Feature:", f"{kicker}:")
        article = wireparse.parse(text)
        assert article.headline is not None
        assert article.headline.text == f"{kicker}: {TITLE}"
        assert article.headline.kicker == kicker
        assert article.headline.title == TITLE
        assert article.defects == ()

    def test_kicker_as_printed(self) -> None:
        """A kicker in capitals is kept as printed."""
        headline = wireparse.parse("ROUNDUP: Rain in the north" + BODY).headline
        assert headline is not None
        assert (headline.kicker, headline.title) == ("ROUNDUP", "Rain in the north")

    def test_space_before_colon(self) -> None:
        """A space may stand between the kicker and its colon."""
        headline = wireparse.parse("Roundup : Rain in the north" + BODY).headline
        assert headline is not None
        assert (headline.kicker, headline.title) == ("Roundup", "Rain in the north")

    def test_no_kicker(self) -> None:
        """Without a kicker the title is the whole line."""
        headline = wireparse.parse("Rain in the north" + BODY).headline
        assert headline == wireparse.Headline(
            text="Rain in the north", kicker=None, title="Rain in the north", span=(0, 17)
        )

    def test_unknown_word_before_colon_is_no_kicker(self) -> None:
        """A word before a colon that is not a known kicker stays in the title."""
        headline = wireparse.parse("Weather: Rain in the north" + BODY).headline
        assert headline is not None
        assert (headline.kicker, headline.title) == (None, "Weather: Rain in the north")

    def test_kicker_without_title(self) -> None:
        """A kicker with nothing after its colon is no kicker."""
        headline = wireparse.parse("Feature:" + BODY).headline
        assert headline is not None
        assert (headline.kicker, headline.title) == (None, "Feature:")

    def test_no_headline_above_dateline(self) -> None:
        """A story that opens with its dateline has no headline, and says so."""
        article = wireparse.parse("BEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
        assert article.headline is None
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.NO_HEADLINE, message="the story has no headline", span=(0, 0)
            ),
        )

    def test_sentence_is_no_headline_without_dateline(self) -> None:
        """Without a dateline, a first line ending in a full stop is not a headline."""
        article = wireparse.parse("Rain fell today.\n\nMore rain. Enditem")
        assert article.headline is None
        assert codes(article) == ["no-dateline", "no-headline"]
        assert [p.text for p in article.paragraphs] == ["Rain fell today.", "More rain."]

    def test_long_line_is_no_headline_without_dateline(self) -> None:
        """Without a dateline, a first line over 300 characters is not a headline."""
        article = wireparse.parse("x" * 301 + "\n\nRain. Enditem")
        assert article.headline is None
        assert len(article.paragraphs) == 2

    def test_headline_without_dateline(self) -> None:
        """Without a dateline, a short first line is still taken for the headline."""
        article = wireparse.parse("Rain in the north\n\nRain fell today. Enditem")
        assert article.headline is not None
        assert article.headline.text == "Rain in the north"
        assert codes(article) == ["no-dateline"]

    def test_source_line_is_no_headline(self) -> None:
        """A source line first is a source, not a headline."""
        article = wireparse.parse("Source: Xinhua" + BODY)
        assert article.headline is None
        assert article.source == "Xinhua"
        assert codes(article) == ["no-headline"]

    def test_lone_line_without_dateline_is_no_headline(self) -> None:
        """Without a dateline, a story of one line is a paragraph, not a headline."""
        article = wireparse.parse("Rain fell in Beijing on Monday, officials said. Enditem")
        assert article.headline is None
        assert [p.text for p in article.paragraphs] == [
            "Rain fell in Beijing on Monday, officials said."
        ]
        assert article.terminator is not None

    def test_quoted_sentence_is_no_headline_without_dateline(self) -> None:
        """Without a dateline, a first line ending a quoted sentence is not a headline."""
        article = wireparse.parse('Rain fell, he said: "It is wet."\n\nMore rain. Enditem')
        assert article.headline is None
        assert len(article.paragraphs) == 2

    def test_wrapped_lead_is_no_headline_without_dateline(self) -> None:
        """Without a dateline, the first line of a wrapped paragraph is not a headline."""
        text = "Rain fell on the city and\nthe river rose.\n\nIt stopped. Enditem"
        article = wireparse.parse(text)
        assert article.headline is None
        assert [p.text for p in article.paragraphs] == [
            "Rain fell on the city and the river rose.",
            "It stopped.",
        ]

    def test_headline_with_meta_lines_in_its_block(self) -> None:
        """Without a dateline, a headline may share its block with source and date lines."""
        article = wireparse.parse("Rain in the north\nXinhua\n2025-05-06\n\nRain fell. Enditem")
        assert article.headline is not None
        assert article.headline.text == "Rain in the north"
        assert article.published == datetime.date(2025, 5, 6)


class TestMeta:
    def test_fixture(self) -> None:
        """Source and both date lines of a scraped page are meta lines."""
        text = read_fixture("crlf.txt")
        article = wireparse.parse(text)
        source = text.index("\r\nXinhua\r\n") + 2
        assert article.meta_lines == (
            wireparse.MetaLine(kind="source", text="Xinhua", span=(source, source + 6)),
            wireparse.MetaLine(
                kind="date", text="| Jan. 5, 2025", span=span_of(text, "| Jan. 5, 2025")
            ),
            wireparse.MetaLine(kind="date", text="2025-01-05", span=span_of(text, "2025-01-05")),
        )
        assert (article.source, article.published) == ("Xinhua", datetime.date(2025, 1, 5))

    def test_no_source_or_date_lines(self) -> None:
        """A story without source and date lines has neither, and no defect for it."""
        article = parse_fixture("no_meta_lines.txt")
        assert article.meta_lines == ()
        assert (article.source, article.published) == (None, None)
        assert article.headline is not None
        assert article.headline.text == "Chinese research vessel returns from Antarctic expedition"
        assert article.defects == ()

    @pytest.mark.parametrize(
        ("line", "source"),
        [
            ("Xinhua", "Xinhua"),
            ("Source: Xinhua", "Xinhua"),
            ("XINHUA NEWS AGENCY", "XINHUA NEWS AGENCY"),
            ("Xinhuanet", "Xinhuanet"),
            ("english.news.cn", "english.news.cn"),
        ],
    )
    def test_source_lines(self, line: str, source: str) -> None:
        """Each form of source line names the source as printed."""
        article = wireparse.parse(f"Rain\n{line}{BODY}")
        assert article.meta_lines == (
            wireparse.MetaLine(kind="source", text=line, span=(5, 5 + len(line))),
        )
        assert article.source == source

    @pytest.mark.parametrize(
        "line",
        [
            "| May 6, 2025",
            "|\u00a0May 6, 2025",
            "2025-05-06",
            "Updated: 2025-05-06 14:03:12",
            "Published: May 6, 2025",
            "6 May 2025",
            "May 6, 2025 10:31",
            "2025-05-06T09:30",
        ],
    )
    def test_date_lines(self, line: str) -> None:
        """Each form of publication-date line gives the date 2025-05-06."""
        article = wireparse.parse(f"Rain\n{line}{BODY}")
        assert article.meta_lines == (
            wireparse.MetaLine(kind="date", text=line, span=(5, 5 + len(line))),
        )
        assert article.published == datetime.date(2025, 5, 6)
        assert article.defects == ()

    def test_first_lines_win(self) -> None:
        """The first source line and the first date line give the source and the date."""
        article = wireparse.parse(
            "Rain\n| May 6, 2025\n2025-05-07\nXinhua\nXinhua News Agency" + BODY
        )
        assert [m.kind for m in article.meta_lines] == ["date", "date", "source", "source"]
        assert (article.source, article.published) == ("Xinhua", datetime.date(2025, 5, 6))

    def test_impossible_publication_date_is_a_defect(self) -> None:
        """A publication date naming a day that does not exist is reported as invalid."""
        text = "Rain\nXinhua\n2025-02-30" + BODY
        article = wireparse.parse(text)
        assert article.published is None
        assert [(d.code, d.span) for d in article.defects] == [
            (DefectCode.INVALID_DATE, span_of(text, "2025-02-30"))
        ]

    def test_body_starts_after_meta_without_dateline(self) -> None:
        """Without a dateline, the body starts at the first line that is no meta line."""
        article = wireparse.parse("Rain\nXinhua\n2025-05-06\n\nRain fell. Enditem")
        assert [m.kind for m in article.meta_lines] == ["source", "date"]
        assert [p.text for p in article.paragraphs] == ["Rain fell."]
        assert codes(article) == ["no-dateline"]


class TestDates:
    def test_same_year(self) -> None:
        """A dateline date takes the year of the publication date."""
        dateline = parse_fixture("month_full_name.txt").dateline
        assert dateline is not None
        assert (dateline.date_text, dateline.date) == ("September 7", datetime.date(2025, 9, 7))

    def test_sept(self) -> None:
        """ "Sept." is September, in the dateline and the publication date."""
        article = parse_fixture("month_sept.txt")
        assert article.dateline is not None
        assert (article.dateline.date_text, article.dateline.date) == (
            "Sept. 30",
            datetime.date(2025, 9, 30),
        )
        assert article.published == datetime.date(2025, 9, 30)
        assert [m.text for m in article.meta_lines][1] == "| Sept. 30, 2025"

    def test_year_end(self) -> None:
        """ "Dec. 31" in a story published on 2025-01-01 is 2024-12-31."""
        article = parse_fixture("year_end.txt")
        assert article.published == datetime.date(2025, 1, 1)
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2024, 12, 31)

    def test_new_year(self) -> None:
        """ "Jan. 1" in a story published on 2024-12-31 is 2025-01-01."""
        article = wireparse.parse("Rain\n2024-12-31\n\nBEIJING, Jan. 1 (Xinhua) -- Rain. Enditem")
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2025, 1, 1)

    def test_no_anchor(self) -> None:
        """Without a publication or reference date the date stays unresolved."""
        article = parse_fixture("no_meta_lines.txt")
        assert article.dateline is not None
        assert (article.dateline.date_text, article.dateline.date) == ("April 16", None)
        assert article.defects == ()

    def test_reference_date(self) -> None:
        """A reference date resolves the date of a story that prints no publication date."""
        article = wireparse.parse(
            read_fixture("no_meta_lines.txt"), reference_date=datetime.date(2026, 1, 2)
        )
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2026, 4, 16)
        article = wireparse.parse(
            read_fixture("no_meta_lines.txt"), reference_date=datetime.date(2025, 9, 1)
        )
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2025, 4, 16)

    def test_publication_date_beats_reference_date(self) -> None:
        """The printed publication date is used before the reference date."""
        article = wireparse.parse(
            read_fixture("year_end.txt"), reference_date=datetime.date(2030, 6, 1)
        )
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2024, 12, 31)

    def test_feb_29_in_leap_year(self) -> None:
        """Feb. 29 near a leap year's publication date resolves."""
        article = wireparse.parse(
            "Rain\n| Feb. 1, 2024\n\nBEIJING, Feb. 29 (Xinhua) -- Rain. Enditem"
        )
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2024, 2, 29)
        assert article.defects == ()

    def test_feb_29_far_from_leap_year(self) -> None:
        """Feb. 29 with no leap year near the publication date is an invalid date."""
        text = "Rain\n| March 1, 2025\n\nBEIJING, Feb. 29 (Xinhua) -- Rain. Enditem"
        article = wireparse.parse(text)
        assert article.dateline is not None
        assert article.dateline.date is None
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.INVALID_DATE,
                message="the dateline's date 'Feb. 29' is no day of the calendar",
                span=article.dateline.span,
            ),
        )

    @pytest.mark.parametrize("date_text", ["Feb. 30", "April 31", "June 0", "May 32"])
    def test_impossible_day(self, date_text: str) -> None:
        """A day no month has is an invalid date, with or without a publication date."""
        for header in ("Rain", "Rain\n2025-05-06"):
            article = wireparse.parse(f"{header}\n\nBEIJING, {date_text} (Xinhua) -- Rain. Enditem")
            assert article.dateline is not None
            assert article.dateline.date is None
            assert codes(article) == ["invalid-date"]

    def test_month_folded_like_the_pattern(self) -> None:
        """A month name the pattern matches by its own case folding still resolves."""
        article = wireparse.parse(
            "Head\n\nXinhua\n| Apr\u0130l 30, 2025\n\nBEIJING, Apr\u0130l 30 (Xinhua) -- x Enditem"
        )
        assert article.published == datetime.date(2025, 4, 30)
        assert article.dateline is not None
        assert article.dateline.date == datetime.date(2025, 4, 30)
        assert article.defects == ()

    def test_digits_int_cannot_read(self) -> None:
        """A year in digits that int() cannot read is no year, and nothing raises."""
        article = wireparse.parse("Head\n\nBEIJING, May 6, 202\U00010d46 (Xinhua) -- x Enditem")
        assert article.dateline is not None
        assert article.dateline.date_text is None


class TestTerminator:
    @pytest.mark.parametrize(
        "name",
        ["terminator_glued.txt", "terminator_glued_no_space.txt", "terminator_own_line.txt"],
    )
    def test_found(self, name: str) -> None:
        """Glued with a space, glued without one, or on its own line, "Enditem" is found."""
        text = read_fixture(name)
        article = wireparse.parse(text)
        assert article.terminator == wireparse.Terminator(
            text="Enditem", span=span_of(text, "Enditem")
        )
        assert article.paragraphs[-1].text == (
            "Combine harvesters worked through the night in several counties, local officials said."
        )
        assert article.defects == ()

    def test_missing(self) -> None:
        """A story without "Enditem" is reported, at the end of its text."""
        text = read_fixture("terminator_missing.txt")
        article = wireparse.parse(text)
        end = len(text.rstrip())
        assert article.terminator is None
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.NO_TERMINATOR,
                message="the story does not end with 'Enditem'",
                span=(end, end),
            ),
        )
        assert article.paragraphs[-1].text.endswith("local officials said.")

    @pytest.mark.parametrize("mark", ["REUTER", "REUTER...", "reuter"])
    def test_carriage_return_in_caret_notation(self, mark: str) -> None:
        """A "^M" after the terminator is no part of it, nor of the last paragraph: it is a
        trailer of the kind "control"."""
        text = f"OATS RISE\n\n    LYNDON, March 3 - Oats rose, the\nmill said.\n{mark}^M\n"
        article = wireparse.parse(text)
        assert article.terminator == wireparse.Terminator(text=mark, span=span_of(text, mark))
        assert article.trailers == (
            wireparse.Trailer(kind="control", text="^M", span=span_of(text, "^M")),
        )
        assert [p.text for p in article.paragraphs] == ["Oats rose, the mill said."]
        assert article.defects == ()

    def test_caret_notation_alone_is_no_terminator(self) -> None:
        """A "^M" with no terminator before it stays in the paragraph."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.^M")
        assert article.terminator is None
        assert article.paragraphs[-1].text == "Rain fell.^M"

    def test_own_line_in_same_block(self) -> None:
        """ "Enditem" on the line after the last sentence, with no blank line, is found."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\nEnditem")
        assert article.terminator is not None
        assert [p.text for p in article.paragraphs] == ["Rain fell."]

    def test_any_case_and_full_stop(self) -> None:
        """ "ENDITEM." is a terminator, kept as printed with its full stop."""
        text = "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell. ENDITEM."
        article = wireparse.parse(text)
        assert article.terminator == wireparse.Terminator(
            text="ENDITEM.", span=span_of(text, "ENDITEM.")
        )

    def test_part_of_a_word(self) -> None:
        """ "Enditem" at the end of a longer word is no terminator."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell. Xenditem")
        assert article.terminator is None
        assert article.paragraphs[-1].text == "Rain fell. Xenditem"

    def test_not_at_the_end(self) -> None:
        """ "Enditem" that does not end the story is no terminator."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Enditem was the word.")
        assert article.terminator is None
        assert codes(article) == ["no-terminator"]

    def test_trailing_white_space(self) -> None:
        """White space after "Enditem" is not part of it."""
        article = wireparse.parse("Rain" + BODY + " \u00a0\t\n\n")
        assert article.terminator is not None
        assert article.terminator.span == (44, 51)

    def test_early_terminator_is_reported(self) -> None:
        """A terminator ending a paragraph before the last is reported where it stands."""
        text = (
            "7156699\n\nH1\n\nBEIJING (Xinhua) -- One. Enditem\n\n7156726\n\n7156727\n\nH2\n\n"
            "SHANGHAI (Xinhua) -- Two. Enditem\n\n7156728"
        )
        article = wireparse.parse(text)
        assert [(d.code, d.span) for d in article.defects] == [
            (DefectCode.EARLY_TERMINATOR, (text.index("Enditem"), text.index("Enditem") + 7))
        ]
        with pytest.raises(wireparse.ParseError, match="line 5, column 26"):
            wireparse.parse(text, strict=True)


class TestHeading:
    def test_heading_opens_a_section(self) -> None:
        """An ALL-CAPS line alone in its block, followed by a paragraph, is a heading."""
        text = read_fixture("crlf.txt")
        article = wireparse.parse(text)
        assert article.headings == (
            wireparse.Heading(text="ICE FROM THE RIVER", span=span_of(text, "ICE FROM THE RIVER")),
        )
        assert [(s.heading is None, len(s.paragraphs)) for s in article.sections] == [
            (True, 1),
            (False, 2),
        ]

    def test_caps_line_at_end_is_a_paragraph(self) -> None:
        """A short ALL-CAPS line at the end of the body stays a paragraph."""
        article = parse_fixture("caps_line_at_end.txt")
        assert article.headings == ()
        assert article.paragraphs[-1].text == "FULL STEAM AHEAD"
        assert len(article.sections) == 1

    def test_two_caps_lines_in_a_row_are_paragraphs(self) -> None:
        """Two ALL-CAPS lines in a row, each in its own block, are both paragraphs."""
        article = parse_fixture("caps_lines_in_a_row.txt")
        assert article.headings == ()
        assert [p.text for p in article.paragraphs][1:] == [
            "FIRST PRIZE",
            "GOLD MEDAL",
            "The choir sang three songs in the Mongolian language.",
        ]

    def test_caps_lines_in_one_block_are_a_paragraph(self) -> None:
        """Two ALL-CAPS lines in one block are one paragraph."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain.\n\nFIRST PRIZE\nGOLD MEDAL\n\nRain. Enditem"
        )
        assert article.headings == ()
        assert [p.text for p in article.paragraphs] == ["Rain.", "FIRST PRIZE GOLD MEDAL", "Rain."]

    def test_caps_line_sharing_a_block_is_no_heading(self) -> None:
        """An ALL-CAPS line with a sentence under it in one block is no heading."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain.\n\nFIRST PRIZE\nThe choir sang.\n\n"
            "Rain. Enditem"
        )
        assert article.headings == ()
        assert article.paragraphs[1].text == "FIRST PRIZE The choir sang."

    def test_rest_of_dateline_line_is_no_heading(self) -> None:
        """Capitals after the dateline on its line are the lead, not a heading."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- NO COMMENT\n\nRain. Enditem")
        assert article.headings == ()
        assert [p.text for p in article.paragraphs] == ["NO COMMENT", "Rain."]

    def test_short_ordinary_paragraph_is_no_heading(self) -> None:
        """A short paragraph in ordinary case, "He said no.", is a paragraph."""
        article = parse_fixture("short_paragraph.txt")
        assert article.headings == ()
        assert [p.text for p in article.paragraphs][1] == "He said no."

    def test_punctuated_heading(self) -> None:
        """A heading may hold full stops and hyphens inside it."""
        article = wireparse.parse(
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain.\n\nU.S.-CHINA TALKS\n\nRain. Enditem"
        )
        assert [h.text for h in article.headings] == ["U.S.-CHINA TALKS"]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("LONG-LASTING FRIENDSHIP", True),
            ("2025 TARGETS", True),
            ("ABC", True),
            ("AB", False),
            ("Long-lasting friendship", False),
            ("NO COMMENT.", False),
            ("FIRST,", False),
            ("WAIT;", False),
            ("A B C D E F G H I J", True),
            ("A B C D E F G H I J K", False),
            ("A" * 80, True),
            ("A" * 81, False),
            ("1234 5678", False),
        ],
    )
    def test_looks_like_heading(self, text: str, expected: bool) -> None:
        """looks_like_heading wants capitals, three letters, ten words, 80 characters, no stop."""
        assert looks_like_heading(text) is expected

    @pytest.mark.parametrize(
        "line",
        [
            '"WE WANT PEACE!"',
            "WHY NOT?",
            "19/11/98 21:36 GMT",
            "\u5317\u4eac\u6b22\u8fce\u4f60",
            "(END)",
            "NO.",
            "OK",
        ],
    )
    def test_not_heading_text(self, line: str) -> None:
        """Shouts, questions, time stamps, text without capitals and short marks are text."""
        assert not looks_like_heading(line)

    def test_line_announced_by_colon_is_text(self) -> None:
        """An ALL-CAPS line after a paragraph ending in a colon is a quotation, not a heading."""
        article = wireparse.parse(
            "Head\n\nBEIJING (Xinhua) -- The banner read:\n\nHOME AT LAST\n\nThey cheered. Enditem"
        )
        assert article.headings == ()
        assert len(article.paragraphs) == 3


class TestParagraph:
    def test_lead_excludes_dateline(self) -> None:
        """The lead paragraph starts after the dateline and its separator."""
        text = read_fixture("terminator_glued.txt")
        lead = wireparse.parse(text).paragraphs[0]
        assert lead.text.startswith("Farmers in central China's Henan Province")
        assert lead.span[0] == text.index("Farmers in central")

    def test_last_excludes_terminator(self) -> None:
        """The last paragraph stops before the terminator and the space before it."""
        text = read_fixture("terminator_glued.txt")
        last = wireparse.parse(text).paragraphs[-1]
        assert last.span[1] == text.index(" Enditem")

    def test_short_paragraph(self) -> None:
        """A three-word paragraph is a paragraph of its own."""
        text = read_fixture("short_paragraph.txt")
        article = wireparse.parse(text)
        assert [p.text[:16] for p in article.paragraphs] == [
            "A reporter asked",
            "He said no.",
            "The two last met",
        ]
        assert article.paragraphs[1].span == span_of(text, "He said no.")

    def test_wrapped_lines_are_joined(self) -> None:
        """The lines of one block are one paragraph, joined with one space."""
        text = (
            "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell\n  all day\tlong.\n\nIt stopped. Enditem"
        )
        article = wireparse.parse(text)
        first = article.paragraphs[0]
        assert first.text == "Rain fell all day\tlong."
        assert first.span == (text.index("Rain fell"), text.index("long.") + 5)

    def test_one_paragraph_per_block(self) -> None:
        """Blank lines separate paragraphs."""
        article = parse_fixture("cr.txt")
        assert len(article.paragraphs) == 3

    def test_no_paragraph_from_header(self) -> None:
        """Lines above the dateline never become paragraphs."""
        article = parse_fixture("captions_and_bylines.txt")
        assert article.dateline is not None
        assert all(p.span[0] > article.dateline.span[0] for p in article.paragraphs)

    @pytest.mark.parametrize("control", ["\x02", "\x01\x02"])
    def test_control_characters_open_a_paragraph(self, control: str) -> None:
        """A line opening with STX (or SOH then STX) inside a block is a wire line, then a
        paragraph of its own: the paragraph above stops before it, and no span overlaps."""
        text = f"d\n{control}x\ny"
        article = wireparse.parse(text)
        assert [p.text for p in article.paragraphs] == ["d", "x y"]
        assert [w.span for w in article.wire_lines] == [(2, 2 + len(control))]
        spans = [span for _, span in article.spans()]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))

    def test_control_characters_in_a_story(self) -> None:
        """STX opening a line of the body splits the paragraph around its wire line."""
        text = "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell\n\x02all day. Enditem"
        article = wireparse.parse(text)
        assert [p.text for p in article.paragraphs] == ["Rain fell", "all day."]
        assert article.paragraphs[1].span[0] == text.index("all day")
        assert article.wire_lines[0].span == span_of(text, "\x02")

    @pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u200b\ufeff"])
    def test_a_line_of_invisible_characters_is_blank(self, invisible: str) -> None:
        """A line of zero-width characters or byte-order marks alone is white space, as
        wireparse counts it: it lies in no span and separates paragraphs as a blank line does."""
        text = f"Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n{invisible}\nIt stopped. Enditem"
        article = wireparse.parse(text)
        assert [p.text for p in article.paragraphs] == ["Rain fell.", "It stopped."]
        assert not article.defects
        inside = {i for _, (start, end) in article.spans() for i in range(start, end)}
        outside = {char for i, char in enumerate(text) if i not in inside}
        assert outside <= set(SPACE)
        assert {char for char in outside if not char.isspace()} == set(invisible)


class TestLeftover:
    def test_unknown_line_in_header(self) -> None:
        """A line between headline and dateline that is no meta line or furniture is reported."""
        text = "Rain\nSome stray line\nXinhua" + BODY
        article = wireparse.parse(text)
        assert article.defects == (
            wireparse.Defect(
                code=DefectCode.UNKNOWN_LINE,
                message="line 2 is neither a headline, a source, a date nor furniture:"
                " 'Some stray line'",
                span=(5, 20),
            ),
        )
        assert ("defect", (5, 20)) in list(article.spans())
        assert [p.text for p in article.paragraphs] == ["Rain fell."]

    def test_long_unknown_line_is_cut_in_message(self) -> None:
        """The message quotes at most 60 characters of an unknown line."""
        stray = "x" * 100
        article = wireparse.parse(f"Rain\n{stray}{BODY}")
        assert article.defects[0].message == (
            f"line 2 is neither a headline, a source, a date nor furniture: {'x' * 60!r}"
        )
        assert article.defects[0].span == (5, 105)

    def test_every_line_is_claimed(self) -> None:
        """In a clean fixture nothing is left over."""
        article = parse_fixture("bom.txt")
        assert [label for label, _ in article.spans() if label == "defect"] == []

    def test_unknown_line_is_strict_error(self) -> None:
        """In strict mode an unknown line raises at its line."""
        with pytest.raises(wireparse.ParseError) as caught:
            wireparse.parse("Rain\n  Some stray line\nXinhua" + BODY, strict=True)
        assert caught.value.defect.code is DefectCode.UNKNOWN_LINE
        assert (caught.value.line, caught.value.column) == (2, 3)


def _claim_shouts(state: State) -> None:
    """A rule for the tests: claim body lines ending in "!" as furniture of kind "shout"."""
    for index in list(state.unclaimed(state.body_start)):
        if state.content(index).endswith("!"):
            state.claim(index, "shout")
            state.furniture.append(
                Furniture(kind="shout", text=state.content(index), span=state.span(index))
            )


SHOUTING = "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain fell.\n\nHooray!\n\nIt stopped. Enditem"


class TestRuleChain:
    def test_default_chain(self) -> None:
        """The default chain runs its rules in a fixed order."""
        assert [rule.name for rule in DEFAULT_RULES] == [
            "ids",
            "wire",
            "furniture",
            "dateline",
            "headline",
            "meta",
            "dates",
            "trailer",
            "terminator",
            "heading",
            "paragraph",
            "leftover",
        ]

    def test_default_parser_is_parse(self) -> None:
        """Parser() parses like wireparse.parse."""
        text = read_fixture("crlf.txt")
        assert Parser().parse(text) == wireparse.parse(text)

    def test_remove_heading(self) -> None:
        """Without the heading rule, a heading is a paragraph."""
        text = read_fixture("crlf.txt")
        article = Parser(rules=remove(DEFAULT_RULES, "heading")).parse(text)
        assert article.headings == ()
        assert [p.text for p in article.paragraphs][1] == "ICE FROM THE RIVER"
        assert len(article.sections) == 1
        assert article.defects == ()

    def test_remove_leftover(self) -> None:
        """Without the leftover rule, an unknown line is not reported."""
        text = "Rain\nSome stray line\nXinhua" + BODY
        article = Parser(rules=remove(DEFAULT_RULES, "leftover")).parse(text)
        assert article.defects == ()

    def test_insert_before(self) -> None:
        """A rule inserted before "paragraph" claims its lines first."""
        rules = insert_before(DEFAULT_RULES, "paragraph", Rule("shout", _claim_shouts))
        assert [r.name for r in rules][-4:] == ["heading", "shout", "paragraph", "leftover"]
        article = Parser(rules=rules).parse(SHOUTING)
        assert article.furniture == (
            Furniture(kind="shout", text="Hooray!", span=span_of(SHOUTING, "Hooray!")),
        )
        assert [p.text for p in article.paragraphs] == ["Rain fell.", "It stopped."]

    def test_insert_after(self) -> None:
        """A rule inserted after "furniture" runs next."""
        rules = insert_after(DEFAULT_RULES, "furniture", Rule("shout", _claim_shouts))
        assert [r.name for r in rules][:4] == ["ids", "wire", "furniture", "shout"]
        article = Parser(rules=rules).parse(SHOUTING)
        assert [f.text for f in article.furniture] == ["Hooray!"]
        assert [p.text for p in article.paragraphs] == ["Rain fell.", "It stopped."]

    def test_inserted_too_late_sees_nothing(self) -> None:
        """A rule after "leftover" finds every line already claimed."""
        rules = insert_after(DEFAULT_RULES, "leftover", Rule("shout", _claim_shouts))
        article = Parser(rules=rules).parse(SHOUTING)
        assert article.furniture == ()
        assert "Hooray!" in [p.text for p in article.paragraphs]

    def test_replace(self) -> None:
        """A replaced rule keeps its name and place but runs the new function."""
        rules = replace(DEFAULT_RULES, "terminator", lambda state: None)
        assert [r.name for r in rules] == [r.name for r in DEFAULT_RULES]
        article = Parser(rules=rules).parse("Rain" + BODY)
        assert article.terminator is None
        assert [p.text for p in article.paragraphs] == ["Rain fell. Enditem"]
        assert article.defects == ()

    def test_chains_are_new_tuples(self) -> None:
        """Editing a chain leaves the default chain as it was."""
        before = tuple(DEFAULT_RULES)
        remove(DEFAULT_RULES, "heading")
        insert_before(DEFAULT_RULES, "ids", Rule("shout", _claim_shouts))
        assert before == DEFAULT_RULES
        assert isinstance(remove(list(DEFAULT_RULES), "heading"), tuple)

    @pytest.mark.parametrize("edit", ["insert_before", "insert_after", "replace", "remove"])
    def test_unknown_rule_name(self, edit: str) -> None:
        """Naming a rule the chain lacks raises KeyError listing the chain."""
        calls = {
            "insert_before": lambda: insert_before(DEFAULT_RULES, "nope", Rule("x", _claim_shouts)),
            "insert_after": lambda: insert_after(DEFAULT_RULES, "nope", Rule("x", _claim_shouts)),
            "replace": lambda: replace(DEFAULT_RULES, "nope", _claim_shouts),
            "remove": lambda: remove(DEFAULT_RULES, "nope"),
        }
        with pytest.raises(KeyError) as caught:
            calls[edit]()
        assert caught.value.args[0] == (
            "no rule named 'nope'; the chain has: ids, wire, furniture, dateline, headline, meta,"
            " dates, trailer, terminator, heading, paragraph, leftover"
        )

    def test_rules_given_as_list(self) -> None:
        """Parser takes rules as any sequence and keeps them as a tuple."""
        parser = Parser(rules=list(DEFAULT_RULES))
        assert parser.rules == DEFAULT_RULES

    def test_empty_chain(self) -> None:
        """With no rules, nothing is found and nothing is reported."""
        article = Parser(rules=()).parse("Rain" + BODY)
        assert (article.headline, article.dateline, article.sections, article.defects) == (
            None,
            None,
            (),
            (),
        )


class TestParserConfiguration:
    def test_unknown_dialect_fails_at_construction(self) -> None:
        """A parser for an unknown dialect cannot be made."""
        with pytest.raises(KeyError, match="unknown dialect 'nope'"):
            Parser(dialect="nope")

    def test_rules_must_be_rules(self) -> None:
        """A chain holding a bare function cannot be made."""
        with pytest.raises(TypeError, match="rules must be Rule values, not function"):
            Parser(rules=[looks_like_heading])  # type: ignore[list-item]
