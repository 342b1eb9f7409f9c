"""JSON: the dict contract of to_dict, and the round trip through from_dict."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
import wireparse._json
from wireparse.strategies import arbitrary_texts, rendered_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_dict(name: str) -> dict[str, object]:
    """to_dict of a parsed fixture."""
    text = (FIXTURES / name).read_bytes().decode("utf-8")
    return wireparse.to_dict(wireparse.parse(text))


class TestToDict:
    def test_top_level_keys(self) -> None:
        """The article's keys are its attribute names, in order."""
        assert list(fixture_dict("crlf.txt")) == [
            "text",
            "dialect",
            "id_markers",
            "headline",
            "meta_lines",
            "source",
            "published",
            "dateline",
            "sections",
            "terminator",
            "furniture",
            "defects",
            "trailers",
            "slug",
            "wire_lines",
            "start_line",
        ]

    def test_id_markers(self) -> None:
        """Id markers give start, end and their spans as [start, end] lists, None when absent."""
        data = fixture_dict("ids_opening_only.txt")
        assert data["id_markers"] == {
            "start": "8200801",
            "end": None,
            "start_span": [0, 7],
            "end_span": None,
            "span": [0, 7],
        }

    def test_headline(self) -> None:
        """The headline gives text, kicker, title, take and span."""
        data = fixture_dict("kicker_feature.txt")
        assert data["headline"] == {
            "text": "Feature: Night market in Chengdu draws young crowds to old lanes",
            "kicker": "Feature",
            "title": "Night market in Chengdu draws young crowds to old lanes",
            "take": None,
            "span": [15, 79],
        }

    def test_source_and_published(self) -> None:
        """The source is a string and the publication date an ISO string."""
        data = fixture_dict("year_end.txt")
        assert (data["source"], data["published"]) == ("Xinhua", "2025-01-01")

    def test_meta_lines(self) -> None:
        """Meta lines give kind, text and span."""
        data = fixture_dict("ids_opening_only.txt")
        assert data["meta_lines"] == [
            {"kind": "source", "text": "Xinhua", "span": [68, 74]},
            {"kind": "date", "text": "2025-09-08", "span": [75, 85]},
        ]

    def test_dateline(self) -> None:
        """The dateline gives text, location, city, region, date_text, an ISO date, agency and
        span."""
        data = fixture_dict("year_end.txt")
        assert data["dateline"] == {
            "text": "WELLINGTON, Dec. 31 (Xinhua) --",
            "location": "WELLINGTON",
            "city": "WELLINGTON",
            "region": None,
            "date_text": "Dec. 31",
            "date": "2024-12-31",
            "agency": "Xinhua",
            "span": [107, 138],
        }

    def test_dateline_without_date(self) -> None:
        """A dateline without a date has date_text and date None."""
        dateline = fixture_dict("dateline_without_date.txt")["dateline"]
        assert isinstance(dateline, dict)
        assert (dateline["date_text"], dateline["date"]) == (None, None)

    def test_sections(self) -> None:
        """The lead section's heading is None; a headed section's heading has text and span."""
        text = (FIXTURES / "crlf.txt").read_bytes().decode("utf-8")
        sections = wireparse.to_dict(wireparse.parse(text))["sections"]
        assert [s["heading"] for s in sections] == [
            None,
            {
                "text": "ICE FROM THE RIVER",
                "span": [text.index("ICE FROM"), text.index("ICE FROM") + 18],
            },
        ]
        assert [len(s["paragraphs"]) for s in sections] == [1, 2]
        first = sections[0]["paragraphs"][0]
        assert list(first) == ["text", "span"]
        assert first["text"].startswith("The ice and snow festival")
        assert sections[0]["span"] == first["span"]

    def test_terminator(self) -> None:
        """The terminator gives text and span."""
        data = fixture_dict("ids_opening_only.txt")
        assert data["terminator"] == {"text": "Enditem", "span": [301, 308]}

    def test_furniture(self) -> None:
        """Furniture gives kind, text and span."""
        data = fixture_dict("kicker_feature.txt")
        assert data["furniture"] == [{"kind": "breadcrumb", "text": "Home -", "span": [8, 14]}]

    def test_defects(self) -> None:
        """Defects give the code as its string value, the message and the span."""
        data = fixture_dict("ids_opening_only.txt")
        assert data["defects"] == [
            {
                "code": "unpaired-id-marker",
                "message": (
                    "the opening id line '8200801' has no partner at the other end of the story"
                ),
                "span": [0, 7],
            }
        ]

    def test_absent_elements_are_none(self) -> None:
        """Elements the story lacks are None; lists it lacks are empty."""
        data = wireparse.to_dict(wireparse.parse(""))
        assert data == {
            "text": "",
            "dialect": "xinhua",
            "id_markers": None,
            "headline": None,
            "meta_lines": [],
            "source": None,
            "published": None,
            "dateline": None,
            "sections": [],
            "terminator": None,
            "furniture": [],
            "defects": [{"code": "empty", "message": "the text is empty", "span": [0, 0]}],
            "trailers": [],
            "slug": None,
            "wire_lines": [],
            "start_line": 1,
        }

    def test_json_types_only(self) -> None:
        """The dict survives json.dumps and json.loads unchanged."""
        data = fixture_dict("unicode_spaces.txt")
        assert json.loads(json.dumps(data)) == data


class TestFromDict:
    @pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
    def test_round_trip(self, name: str) -> None:
        """from_dict(to_dict(article)) is the article, for every fixture."""
        article = wireparse.parse((FIXTURES / name).read_bytes().decode("utf-8"))
        assert wireparse.from_dict(wireparse.to_dict(article)) == article

    def test_round_trip_through_json(self) -> None:
        """An article sent through JSON text comes back equal, CRs and all."""
        article = wireparse.parse((FIXTURES / "crlf.txt").read_bytes().decode("utf-8"))
        back = wireparse.from_dict(json.loads(json.dumps(wireparse.to_dict(article))))
        assert back == article
        assert "\r\n" in back.text

    def test_rebuilt_types(self) -> None:
        """The rebuilt article has dates, tuples and defect codes again."""
        article = wireparse.parse((FIXTURES / "ids_closing_only.txt").read_bytes().decode("utf-8"))
        back = wireparse.from_dict(json.loads(json.dumps(wireparse.to_dict(article))))
        assert back.published == datetime.date(2025, 2, 11)
        assert type(back.sections) is tuple
        assert back.id_markers is not None
        assert back.id_markers.end_span == article.id_markers.end_span  # type: ignore[union-attr]
        assert type(back.id_markers.end_span) is tuple
        assert back.defects[0].code is wireparse.DefectCode.UNPAIRED_ID_MARKER

    def test_not_an_article(self) -> None:
        """A dict that describes no article raises a cattrs validation error."""
        with pytest.raises(cattrs.BaseValidationError):
            wireparse.from_dict({"text": "Rain"})


def _reference_converter() -> cattrs.Converter:
    """A converter set up as wireparse's, unstructuring the models with cattrs' own functions."""
    reference = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    reference.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    reference.register_unstructure_hook(wireparse.DefectCode, lambda code: code.value)
    return reference


# A transmission written for this test in ANPA-1312's form (as the AP wire sends): SYN SYN SOH
# and the header, the slug line, STX, the headline and a note between "^" and "<", the byline,
# tab-indented paragraphs, the desk initials, ETX and the stamp, EOT.
TRANSMISSION = (
    "\x16\x16\x01a0202\x1f-----\r\n"
    "r z\x13\x11 BC-US--FerryFares 2ndLd-Writethru   04-11 0230\r\n"
    "\x02^Ferry fares rise for summer crossings<\r\n"
    "^Eds: Adds comment from the operator.<\r\n"
    "^By OWEN PRICE=\r\n"
    "\t   BAR HARBOR, Maine (AP) _ Ferry fares will rise by a tenth from June.\r\n"
    "\t   The operator said fuel costs more.\r\n"
    "\t   (op/rt)\r\n"
    "\t   \x03AP-NY-04-11-25 0915GMT<\r\n"
    "\x04"
)


class TestUnstructureFunctions:
    """to_dict's functions, made from the models' fields, give what cattrs' own functions give."""

    @staticmethod
    def check(article: wireparse.Article) -> None:
        reference = _reference_converter()
        expected = reference.unstructure(article)
        assert reference.unstructure is not wireparse._json.to_dict
        got = wireparse.to_dict(article)
        assert got == expected
        assert json.dumps(got) == json.dumps(expected)  # the same keys, in the same order
        assert wireparse._json.converter.unstructure(article) == expected

    @pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
    def test_fixtures(self, name: str) -> None:
        """Every fixture gives the same dict both ways."""
        self.check(wireparse.parse((FIXTURES / name).read_bytes().decode("utf-8")))

    def test_transmission(self) -> None:
        """A raw wire transmission, with its slug, wire lines and trailers, gives the same
        dict both ways."""
        self.check(wireparse.parse(TRANSMISSION))

    def test_fixtures_hold_every_element(self) -> None:
        """The fixtures above hold every kind of element between them, so that each field
        of each model is compared."""
        articles = [
            wireparse.parse(path.read_bytes().decode("utf-8")) for path in FIXTURES.glob("*.txt")
        ]
        articles.append(wireparse.parse(TRANSMISSION))
        for element in (
            "id_markers", "headline", "meta_lines", "published", "dateline", "terminator",
            "furniture", "defects", "trailers", "slug", "wire_lines", "headings",
        ):  # fmt: skip
            assert any(getattr(article, element) for article in articles), element

    @given(st.text(max_size=400))
    @settings(max_examples=200, deadline=None)
    def test_any_text(self, text: str) -> None:
        """Any text, parsed, gives the same dict both ways."""
        self.check(wireparse.parse(text))

    @given(rendered_articles())
    @settings(max_examples=100, deadline=None)
    def test_drawn_stories(self, drawn: tuple[object, str]) -> None:
        """Drawn wire stories give the same dict both ways."""
        self.check(wireparse.parse(drawn[1]))


# The kept keys the command line can ask for: all, --no-text, --fields, and none at all.
KEPT = [
    None,
    frozenset(attrs.fields_dict(wireparse.Article)) - {"text"},
    frozenset({"start_line", "headline", "dateline"}),
    frozenset(),
]


class TestJsonWriters:
    """The JSON text written straight from the models is json.dumps's of to_dict's dict,
    byte for byte, by the standard library's escaper and by orjson's alike."""

    @staticmethod
    def check(article: wireparse.Article, monkeypatch: pytest.MonkeyPatch) -> None:
        writers = [wireparse._json.PLAIN_WRITER, wireparse._json.ORJSON_WRITER]
        calls = [0, 0]

        def counted(number: int, function: Any) -> Any:
            def call(value: Any) -> Any:
                calls[number] += 1
                return function(value)

            return call

        plain, fast = writers
        monkeypatch.setitem(plain.namespace, "escape", counted(0, plain.namespace["escape"]))
        if fast is not None:
            monkeypatch.setitem(fast.namespace, "dumps", counted(1, fast.namespace["dumps"]))
        data = wireparse.to_dict(article)
        for kept in KEPT:
            shown = {k: v for k, v in data.items() if kept is None or k in kept}
            expected = json.dumps(shown, ensure_ascii=False)
            assert "{" + plain.members(kept)(article) + "}" == expected
            if fast is not None and not _has_surrogate(article.text):
                assert fast.members(kept)(article) == plain.members(kept)(article)
            assert "{" + wireparse._json.json_members(article, kept) + "}" == expected
        assert calls[0] > 0  # the standard library's escaper wrote strings
        if fast is not None and not _has_surrogate(article.text):
            assert calls[1] > 0  # ... and so did orjson

    @pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
    def test_fixtures(self, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every fixture gives json.dumps's text by both writers."""
        self.check(wireparse.parse((FIXTURES / name).read_bytes().decode("utf-8")), monkeypatch)

    def test_transmission(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A raw wire transmission, control characters and all, gives the same text."""
        self.check(wireparse.parse(TRANSMISSION), monkeypatch)

    @given(rendered_articles())
    @settings(max_examples=100, deadline=None)
    def test_drawn_stories(self, drawn: tuple[object, str]) -> None:
        """Drawn wire stories give the same text by both writers."""
        with pytest.MonkeyPatch.context() as monkeypatch:
            self.check(wireparse.parse(drawn[1]), monkeypatch)

    @given(arbitrary_texts())
    @settings(max_examples=100, deadline=None)
    def test_arbitrary_texts(self, text: str) -> None:
        """Fuzzing texts, wire fragments and control characters among them, too."""
        with pytest.MonkeyPatch.context() as monkeypatch:
            self.check(wireparse.parse(text), monkeypatch)

    @given(st.text(st.characters(blacklist_categories=()), max_size=200))
    @settings(max_examples=200, deadline=None)
    def test_any_text(self, text: str) -> None:
        """Any text, lone surrogates, line separators, DEL and non-ASCII included."""
        with pytest.MonkeyPatch.context() as monkeypatch:
            self.check(wireparse.parse(text), monkeypatch)

    def test_lone_surrogate(self) -> None:
        """orjson refuses a lone surrogate: the standard library's escaper writes the
        article then, as json.dumps does."""
        article = wireparse.parse("Rain in town\n\nBEIJING (Xinhua) -- Rain \ud800 fell. Enditem")
        expected = json.dumps(wireparse.to_dict(article), ensure_ascii=False)
        assert "{" + wireparse._json.json_members(article) + "}" == expected
        if wireparse._json.ORJSON_WRITER is not None:
            with pytest.raises(TypeError):
                wireparse._json.ORJSON_WRITER.members(None)(article)

    def test_orjson_installed(self) -> None:
        """The fast writer is there when orjson is (CI installs the test extra, which has it)."""
        orjson = pytest.importorskip("orjson")
        assert wireparse._json.ORJSON_WRITER is not None
        assert wireparse._json.ORJSON_WRITER.namespace["dumps"] is orjson.dumps


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)
