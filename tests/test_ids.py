"""The id rule's string tests tell an id line as its pattern does."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import given, settings

from wireparse.rules.ids import ID_LINE, is_id_line

# ASCII digits, digits of other scripts (Arabic-Indic, full-width, superscript), and what may
# stand beside them on a line.
_CHARACTERS = st.sampled_from(["0", "7", "9", "\u0663", "\uff12", "\u00b2", "a", " ", "-", "\n"])


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_CHARACTERS, max_size=24).map("".join), digits=st.integers(1, 24))
def test_string_tests_are_the_pattern(text: str, digits: int) -> None:
    """Any line, and a line of ASCII digits only, is told as ``ID_LINE`` tells it."""
    assert is_id_line(text) == bool(ID_LINE.match(text))
    number = "7" * digits
    assert is_id_line(number) == bool(ID_LINE.match(number)) == (digits <= 20)


def test_id_lines() -> None:
    """A dump's id lines are id lines; digits of another script or a sign are not."""
    assert is_id_line("7156699")
    assert is_id_line("0" * 20)
    assert not is_id_line("0" * 21)
    assert not is_id_line("\u0663\u0664")
    assert not is_id_line("-12")
    assert not is_id_line("")
