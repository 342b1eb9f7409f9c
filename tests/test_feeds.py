"""The agency feed readers: NITF, NewsML 1.2, NewsML-G2 and ninjs, each in its shapes, read
into documents and articles; hostile XML refused; nothing dropped without an issue."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import _pipeline, readers
from wireparse.readers import CorpusError, Document

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def read(name: str) -> list[Document]:
    """Every document of a fixture, read by the reader of its format."""
    path = FEEDS / name
    reader = {".xml": None, ".json": readers.ninjs, ".jsonl": readers.ninjs}[path.suffix]
    if reader is None:
        reader = readers.nitf if name.startswith("nitf") else readers.newsml
    return list(reader(path))


def sections(document: Document) -> list[tuple[str | None, list[str]]]:
    article = document.article
    assert article is not None
    return [
        (section.heading.text if section.heading else None, [p.text for p in section.paragraphs])
        for section in article.sections
    ]


# -- NITF ---------------------------------------------------------------------------------------


def test_nitf_reads_head_body_and_end() -> None:
    [document] = read("nitf.xml")
    fields = document.fields
    assert document.id == "XNA-20240506-0001"
    assert document.date == datetime.date(2024, 5, 6)
    assert document.issues == ()
    assert fields.title == "Tea exports rise in Yunnan"
    assert fields.subtitle == "Growers expect a record harvest"
    assert fields.author == "By Li Wei"
    assert fields.dateline == "KUNMING, May 6"
    assert fields.provider == "Xinhua"
    assert fields.language == "en"
    assert fields.slug == "CHINA-TEA"
    assert fields.keywords == ("tea", "exports", "agriculture")
    assert fields.first_created == datetime.datetime(
        2024, 5, 6, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    )
    assert fields.version_created is not None
    assert fields.version_created.hour == 10
    assert fields.headings == ("Prices climb",)
    assert fields.sign_off == "Enditem"
    assert fields.extra == ("Pickers at work near Pu'er.",)
    assert fields.paragraphs[0].startswith("Tea exports from southwest China's")
    assert "\n" not in fields.paragraphs[0]  # the markup's line breaks are white space

    article = document.article
    assert article is not None
    assert article.dialect == "xinhua"  # the provider names it
    assert article.headline is not None
    assert article.headline.text == "Tea exports rise in Yunnan"
    assert [f.text for f in article.furniture if f.kind == "byline"] == ["By Li Wei"]
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.location, dateline.date, dateline.agency) == (
        "KUNMING",
        datetime.date(2024, 5, 6),
        "Xinhua",
    )
    assert document.text[dateline.span[0] : dateline.span[1]] == dateline.text
    assert article.terminator is not None
    assert article.terminator.text == "Enditem"
    assert article.defects == ()
    assert sections(document) == [
        (
            None,
            [
                (
                    "Tea exports from southwest China's Yunnan province rose by a fifth this"
                    " spring, the provincial commerce department said on Monday."
                ),
                "Buyers in Europe and Central Asia took most of the green tea.",
            ],
        ),
        (
            "PRICES CLIMB",
            [
                "Prices at the Kunming market rose for the third month running.",
                "Growers said the dry weather had kept pests away.",
            ],
        ),
    ]


def test_nitf_dateline_already_in_the_lead_is_not_repeated() -> None:
    xml = """<nitf><head><docdata><doc-id id-string="ap-1"/><date.issue norm="20240506"/>
    <doc.copyright holder="AP"/></docdata></head><body><body.head>
    <hedline><hl1>Storm hits the coast</hl1></hedline>
    <dateline><location>MIAMI</location></dateline></body.head>
    <body.content><p>MIAMI (AP) -- A storm hit the coast on Monday, forecasters said.</p>
    <p>Power was cut to thousands of homes.</p></body.content></body></nitf>"""
    [document] = readers.nitf(io.StringIO(xml))
    assert document.text.count("MIAMI") == 1
    assert document.article is not None
    assert document.article.dateline is not None
    assert document.article.dateline.location == "MIAMI"
    assert document.article.dateline.agency == "AP"


def test_nitf_without_hl1_takes_the_title_and_without_dates_says_so() -> None:
    xml = "<nitf><head><title>Quiet day</title></head><body><body.content>"
    xml += "<p>Nothing happened.</p></body.content></body></nitf>"
    [document] = readers.nitf(io.StringIO(xml))
    assert document.fields.title == "Quiet day"
    assert document.date is None
    messages = [issue.message for issue in document.issues]
    assert messages == ["the item has no id", "the item has no readable date"]
    with pytest.raises(CorpusError, match="no id"):
        list(readers.nitf(io.StringIO(xml), strict=True))


def test_an_unreadable_timestamp_is_an_issue() -> None:
    xml = '<nitf><head><docdata><doc-id id-string="x"/><date.issue norm="soon"/></docdata>'
    xml += "</head><body><body.content><p>Text.</p></body.content></body></nitf>"
    [document] = readers.nitf(io.StringIO(xml), parse=False)
    assert document.article is None
    assert "unreadable date.issue 'soon'" in document.issues[0].message


# -- NewsML 1.2 and G2 --------------------------------------------------------------------------


def test_newsml_envelope_gives_each_news_item() -> None:
    lyon, alps = read("newsml12.xml")
    assert lyon.id == "urn:newsml:afp.example:20240507:lyon-trams:1"
    assert lyon.line == 7
    assert lyon.fields.kind == "News"
    assert lyon.fields.subtitle == "Twelve stops link the station and the university"
    assert lyon.fields.keywords == ("trams", "transport")
    assert lyon.fields.slug == "France-transport-Lyon"
    assert lyon.fields.provider == "AFP"
    # The NITF body repeats the DateLine: it is printed once.
    assert lyon.text.count("LYON, France, May 7") == 1
    assert lyon.article is not None
    assert lyon.article.dateline is not None
    assert lyon.article.dateline.agency == "AFP"
    assert len(sections(lyon)[0][1]) == 3

    # A plain-text DataContent, with the DateLine in the markup only.
    assert alps.fields.paragraphs == (
        "Heavy snow closed three Alpine passes on Tuesday, the regional road authority said.",
        "Ploughs were expected to reopen the roads by Wednesday morning.",
    )
    assert alps.article is not None
    dateline = alps.article.dateline
    assert dateline is not None
    assert (dateline.location, dateline.date) == ("GRENOBLE, France", datetime.date(2024, 5, 7))
    assert alps.issues == ()


def test_newsml_g2_with_xhtml() -> None:
    [document] = read("g2_xhtml.xml")
    fields = document.fields
    assert document.id == "urn:newsml:dpa.example:20240508:hamburg-port"
    assert fields.kind == "ninat:text"
    assert fields.provider == "dpa"
    assert fields.located == "Hamburg"
    assert fields.subtitle == "Traffic with Asia recovers"
    assert fields.keywords == ("maritime transport", "port")
    assert fields.headings == ("New terminal",)  # the h1 repeating the headline is dropped
    assert fields.extra == ()
    assert (
        fields.paragraphs[-1]
        == "A new automated terminal is to open next year.\nWork on it began in March."
    )
    assert document.article is not None
    assert document.article.dateline is not None
    assert document.article.dateline.location == "Hamburg"
    assert [heading for heading, _ in sections(document)] == [None, "NEW TERMINAL"]
    assert document.article.defects == ()


def test_newsml_g2_message_with_nitf() -> None:
    rice, expo = read("g2_nitf.xml")
    assert rice.id == "urn:newsml:kyodo.example:20240509:sendai-rice"
    assert rice.date == datetime.date(2024, 5, 9)  # from versionCreated: no firstCreated
    assert rice.fields.provider == "Kyodo"
    assert rice.article is not None
    assert rice.article.dialect == "kyodo"
    assert rice.article.dateline is not None
    assert rice.article.dateline.location == "SENDAI, Japan"
    assert expo.fields.dateline is None
    assert expo.article is not None
    assert expo.article.dateline is not None
    assert expo.article.dateline.text == "OSAKA, May 9 Kyodo -"


# -- ninjs --------------------------------------------------------------------------------------


def test_ninjs_1() -> None:
    [document] = read("ninjs1.json")
    fields = document.fields
    assert document.id == "urn:example:ninjs:20240510:canberra-budget"
    assert (fields.title, fields.author, fields.located) == (
        "Treasurer promises a surplus",
        "By Sam Taylor",
        "Canberra",
    )
    assert fields.keywords == ("economy", "budget")
    assert fields.slug == "BUDGET"
    assert document.article is not None
    assert document.article.dialect == "aap"
    assert document.article.dateline is not None
    assert document.article.dateline.agency == "AAP"


def test_ninjs_2_array_html_and_plain_bodies() -> None:
    metro, heat = read("ninjs2.json")
    assert metro.fields.subtitle == "Line 11 reaches the airport"
    assert metro.fields.author == "By Lucia Garcia"
    assert metro.fields.keywords == ("metro", "Madrid", "transport")
    assert [heading for heading, _ in sections(metro)] == [None, "WORKS AHEAD"]
    assert heat.line == 21
    assert heat.date == datetime.date(2024, 5, 11)
    assert heat.article is not None
    assert heat.article.dateline is not None
    assert heat.article.dateline.agency == "EFE"


def test_ninjs_lines_keep_going_after_a_bad_line() -> None:
    first, bad, last = read("ninjs_lines.jsonl")
    assert (first.id, first.line, last.id, last.line) == (
        "urn:example:ninjs:a",
        1,
        "urn:example:ninjs:c",
        3,
    )
    assert bad.line == 2
    assert bad.text == ""
    assert [issue.message.split(" (")[0] for issue in bad.issues] == ["line 2 is not JSON"]
    assert first.issues == last.issues == ()


def test_ninjs_value_that_is_no_object() -> None:
    [document] = readers.ninjs(io.StringIO('["just a string"]'))
    assert "is a str, not an object" in document.issues[0].message


# -- Hostile and broken input -------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
 <!ENTITY a "lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<nitf><body><body.content><p>&i;</p></body.content></body></nitf>
"""


@pytest.mark.timeout(30)
def test_billion_laughs_is_refused() -> None:
    [document] = readers.nitf(io.StringIO(BILLION_LAUGHS))
    assert "lol" not in document.text
    [issue] = document.issues
    assert issue.line == 3
    assert "declares the entity 'a', which is refused as unsafe" in issue.message
    with pytest.raises(CorpusError, match="refused as unsafe"):
        list(readers.nitf(io.StringIO(BILLION_LAUGHS), strict=True))
    # ... and so through the pipeline, which sniffs the format.
    assert _pipeline.sniff(BILLION_LAUGHS) == "nitf"
    [article] = wireparse.iter_articles(io.StringIO(BILLION_LAUGHS))
    assert "lol" not in article.text
    with pytest.raises(CorpusError):
        list(wireparse.iter_articles(io.StringIO(BILLION_LAUGHS), strict=True))


@pytest.mark.parametrize("root", ["nitf", "NewsItem", "newsItem"])
def test_external_entity_is_not_read(tmp_path: Path, root: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-OF-A-LOCAL-FILE\n")
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE {root} [ <!ENTITY leak SYSTEM "{secret.as_uri()}"> ]>
<{root}><p>Leak: &leak;</p></{root}>
"""
    reader = readers.nitf if root == "nitf" else readers.newsml
    documents = list(reader(io.StringIO(xml)))
    for document in documents:
        assert "SECRET" not in document.text
        assert all("SECRET" not in text for text in (*document.fields.paragraphs,))
    assert any("'leak', which is refused" in i.message for d in documents for i in d.issues)
    articles = list(wireparse.iter_articles(io.StringIO(xml)))
    assert articles
    assert all("SECRET" not in article.text for article in articles)


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY injected "INJECTED-FROM-DTD">\n')
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">
<nitf><head><docdata><doc-id id-string="d"/><date.issue norm="20240101"/></docdata></head>
<body><body.content><p>LONDON (Reuters) - Calm.</p></body.content></body></nitf>
"""
    [document] = readers.nitf(io.StringIO(xml))
    assert "INJECTED" not in document.text
    assert document.fields.paragraphs == ("LONDON (Reuters) - Calm.",)
    assert document.issues == ()


def test_items_before_broken_xml_are_kept_and_the_rest_is_an_issue() -> None:
    text = (FEEDS / "newsml12.xml").read_text()
    cut = text[: text.index("Ploughs were")]
    lyon, alps = readers.newsml(io.StringIO(cut))
    assert lyon.issues == ()
    assert lyon.fields.title == "Lyon opens a new tram line"
    assert alps.fields.title == "Late snow closes Alpine passes"  # read as far as it goes
    messages = [issue.message for issue in alps.issues]
    assert any("is not closed" in message for message in messages)
    assert any("not well-formed" in message for message in messages)


def test_a_cut_gzip_file_is_reported_as_cut(tmp_path: Path) -> None:
    data = gzip.compress((FEEDS / "newsml12.xml").read_bytes())
    path = tmp_path / "feed.xml.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    documents = list(readers.newsml(path))
    assert documents
    assert documents[0].fields.title == "Lyon opens a new tram line"
    assert any("cut" in issue.message for issue in documents[-1].issues)


def test_text_that_is_no_xml_is_one_empty_document_with_an_issue() -> None:
    [document] = readers.nitf(io.StringIO("just words, no markup\n"))
    assert document.id is None
    assert document.text == ""
    assert [issue.message.split(" (")[0] for issue in document.issues] == [
        "the XML is not well-formed"
    ]
    [document] = readers.nitf(io.StringIO("<other><p>x</p></other>"))
    assert [issue.message for issue in document.issues] == ["the file holds no <nitf> element"]


def test_not_utf8_lines_are_issues() -> None:
    data = '<nitf><head><docdata><doc-id id-string="d"/><date.issue norm="20240101"/>'
    data += "</docdata></head>\n<body><body.content><p>Caf\xe9 opens.</p>"
    data += "</body.content></body></nitf>\n"
    [document] = readers.nitf(io.BytesIO(data.encode("latin-1")))
    assert document.fields.paragraphs == ("Caf\xe9 opens.",)
    assert [issue.line for issue in document.issues] == [2]


def test_a_markup_string_is_no_path() -> None:
    with pytest.raises(ValueError, match="looks like a feed"):
        readers.nitf("<nitf/>")
    with pytest.raises(ValueError, match="looks like a feed"):
        readers.ninjs('{"uri": "x"}')


@given(st.text(max_size=300))
def test_any_text_reads_without_raising(text: str) -> None:
    for reader in (readers.nitf, readers.newsml, readers.ninjs):
        documents = list(reader(io.StringIO(text), parse=False))
        assert documents


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "uri": st.text(alphabet="abcxyz0189:-", min_size=1, max_size=20),
                "body_text": st.text(max_size=200),
            }
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_ninjs_object_is_a_document(values: list[dict[str, str]]) -> None:
    lines = "\n".join(json.dumps(value) for value in values)
    documents = list(readers.ninjs(io.StringIO(lines), parse=False))
    assert [document.id for document in documents] == [value["uri"] for value in values]


def test_long_adversarial_timestamps_and_openings_are_linear() -> None:
    from wireparse.readers._feeds import timestamp

    assert timestamp("2024" * 20000) is None
    assert timestamp("2024-05-06T" + "1" * 50000) is None
    assert _pipeline.sniff("<?" + "x" * 100000) == "dump"
    assert _pipeline.sniff("<!--" + "-" * 100000) == "dump"
    assert _pipeline.sniff("[" * 100000) == "dump"


# -- The pipeline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "format_name"),
    [
        ("nitf.xml", "nitf"),
        ("newsml12.xml", "newsml"),
        ("g2_xhtml.xml", "newsml"),
        ("g2_nitf.xml", "newsml"),
        ("ninjs1.json", "ninjs"),
        ("ninjs2.json", "ninjs"),
        ("ninjs_lines.jsonl", "ninjs"),
    ],
)
def test_the_pipeline_sniffs_each_feed_and_parses_as_the_reader(
    name: str, format_name: str
) -> None:
    path = FEEDS / name
    assert _pipeline.sniff(path.read_text()) == format_name
    documents = read(name)
    articles = list(wireparse.iter_articles(path))
    named = list(wireparse.iter_articles(path, format=format_name))
    assert len(articles) == len(documents) >= 1
    assert articles == named == [document.article for document in documents]


def test_the_timestamp_forms() -> None:
    from wireparse.readers._feeds import timestamp

    utc = datetime.timezone.utc
    assert timestamp("20240506T093000Z") == datetime.datetime(2024, 5, 6, 9, 30, tzinfo=utc)
    assert timestamp("2024-05-06T09:30:00.250-05:00") == datetime.datetime(
        2024, 5, 6, 9, 30, tzinfo=datetime.timezone(-datetime.timedelta(hours=5))
    )
    assert timestamp("20240506") == datetime.datetime(2024, 5, 6)
    assert timestamp("2024-0506") is None
    assert timestamp("2024-02-30") is None


def test_the_readers_page_examples_hold() -> None:
    page = (Path(__file__).parents[1] / "docs" / "readers.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    checked = 0
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(block, namespace)
        for line in block.splitlines():
            match = re.fullmatch(r"(\S.*?)  # ('.*')", line)
            if match is not None:
                assert repr(eval(match[1], namespace)) == match[2]
                checked += 1
    assert len(blocks) == 5
    assert checked == 8


@pytest.mark.parametrize(
    ("lead", "printed"),
    [
        # The body repeats the dateline, in full or by its place: printed once.
        ("LYON, France, May 7 (AFP) -- Trams ran.", "LYON, France, May 7 (AFP) -- Trams ran."),
        ("LYON (AFP) - Trams ran.", "LYON (AFP) - Trams ran."),
        # A lead whose first word is the place is a sentence: the dateline goes before it.
        ("Lyon opened a tram line.", "LYON, France, May 7 (AFP) -- Lyon opened a tram line."),
        ("Lyon's mayor spoke.", "LYON, France, May 7 (AFP) -- Lyon's mayor spoke."),
    ],
)
def test_the_dateline_element_runs_into_the_lead_once(lead: str, printed: str) -> None:
    xml = '<nitf><head><docdata><doc.copyright holder="AFP"/></docdata></head><body>'
    xml += "<body.head><dateline>LYON, France, May 7</dateline></body.head>"
    xml += f"<body.content><p>{lead}</p></body.content></body></nitf>"
    [document] = readers.nitf(io.StringIO(xml), parse=False)
    assert document.text == printed + "\n"


def test_a_dateline_element_that_holds_its_separator_gets_no_other() -> None:
    from wireparse.readers._feeds import printed_dateline

    assert printed_dateline("ROME, May 6 (ANSA) -", None) == "ROME, May 6 (ANSA) - "
    assert printed_dateline("ROME, May 6", None) == "ROME, May 6 -- "
    assert printed_dateline("BRISBANE, Oct 12", wireparse.dialects.get("aap")) == (
        "BRISBANE, Oct 12 AAP -- "
    )


def test_wireparse_parse_reads_a_folder_of_feeds(capsys: pytest.CaptureFixture[str]) -> None:
    from wireparse._cli import main

    assert main(["parse", "--no-progress", str(FEEDS)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = [
        document.article
        for name in sorted(path.name for path in FEEDS.iterdir())
        for document in read(name)
    ]
    assert len(records) == len(expected) == 12
    by_headline = {
        record["headline"]["text"]: record["dialect"] for record in records if record["headline"]
    }
    assert by_headline["Lyon opens a new tram line"] == "afp"
    assert by_headline["Hamburg port handles more containers"] == "dpa"
    assert sorted(record["text"] for record in records) == sorted(
        article.text for article in expected if article is not None
    )
