"""Xinhua News Agency, English service."""

from __future__ import annotations

from ._dialect import Dialect

XINHUA = Dialect(
    name="xinhua",
    agency="Xinhua",
    language="en",
    agency_tags=("Xinhua",),
    kickers=(
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
        "Year-ender",
        "Xinhua Commentary",
        "Backgrounder",
        "Factbox",
    ),
    terminators=("Enditem",),
    source_names=("Xinhua", "Xinhua News Agency", "Xinhuanet", "english.news.cn"),
    furniture=(
        # Matches: "(Xinhua/Li Xin)", "(Photo by Herman Emmanuel/Xinhua)", "(Xinhua)".
        # Anything but parentheses may stand before or after the slash.
        ("caption", r"\( [^()/\n]{0,120}+ / \s*+ Xinhua \s*+ \) \Z"),
        ("caption", r"\( \s*+ Xinhua \s*+ (?: / [^()\n]{1,120}+ )?+ \) \Z"),
    ),
)
"""Xinhua English: ``BEIJING, May 6 (Xinhua) --``, kickers such as ``Xinhua Headlines:``,
photo captions ``(Xinhua/Li Xin)`` and the terminator ``Enditem``."""
