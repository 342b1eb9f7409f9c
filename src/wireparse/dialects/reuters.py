"""Reuters: the modern wire and the 1987 wire of the Reuters-21578 collection."""

from __future__ import annotations

from ._dialect import Dialect

REUTERS = Dialect(
    name="reuters",
    agency="Reuters",
    agency_tags=("Reuters",),
    dash_kickers=(
        "UPDATE",
        "WRAPUP",
        "FACTBOX",
        "EXCLUSIVE",
        "ANALYSIS",
        "INSIGHT",
        "EXPLAINER",
        "BREAKINGVIEWS",
        "REFILE",
        "RPT",
        "CORRECTED",
        "BRIEF",
        "TIMELINE",
        "POLL",
        "SPECIAL REPORT",
        "GRAPHIC",
        "FOCUS",
        "INTERVIEW",
        "PREVIEW",
    ),
    source_names=("Reuters", "Thomson Reuters"),
)
"""Reuters today: ``LIMA, Jan 21 (Reuters) -``, ``DETROIT (Reuters) -``, ``Oct 22 (Reuters) -``;
headline kickers such as ``UPDATE 1-`` and ``FACTBOX-``; the story ends with its credits,
``(Reporting by ...; Editing by ...)``, and has no terminator."""

REUTERS_1987 = Dialect(
    name="reuters-1987",
    agency="Reuters",
    agency_tags=("Reuter", "Reuters"),
    tag_styles=("comma",),
    indented_paragraphs=True,
    tagless=True,
    implied_agency="Reuters",
    dated=True,
    separators=("--", "-"),
    terminators=("Reuter",),
)
"""The Reuters wire of 1987: the dateline prints no agency tag, ``    SALVADOR, Feb 26 -``
(rarely one after a comma, ``WASHINGTON, March 12, Reuter -``), and stands for Reuters;
paragraphs are indented, lines hard-wrapped; the story ends with `` Reuter``, on a line of its
own or after the last sentence (``... (33.7). REUTER``)."""
