"""Properties of every built-in dialect: a story rendered in its conventions parses back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import dialects
from wireparse.strategies import DialectStory, dialect_stories


def check(story: DialectStory, article: wireparse.Article) -> None:
    """Assert that ``article`` gives back what ``story`` holds."""
    assert article.dialect == story.dialect.name
    assert article.headline is not None
    assert (article.headline.text, article.headline.kicker) == (story.headline, story.kicker)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.location, dateline.date_text, dateline.date, dateline.agency) == (
        story.location,
        story.date_text,
        story.date,
        story.agency,
    )
    assert tuple(p.text for p in article.paragraphs) == story.paragraphs
    assert (article.terminator and article.terminator.text) == story.terminator
    assert article.defects == ()


@pytest.mark.parametrize("dialect", dialects.BUILT_IN, ids=lambda d: d.name)
@given(data=st.data())
def test_render_then_parse(dialect: dialects.Dialect, data: st.DataObject) -> None:
    """A story rendered in a dialect's conventions is detected and parsed back whole."""
    story = data.draw(dialect_stories(dialect))
    article = wireparse.parse(story.text, reference_date=story.date)
    check(story, article)
    assert wireparse.parse(story.text, reference_date=story.date, dialect=dialect) == article
