"""American wires: the Associated Press, UPI and the New York Times News Service."""

from __future__ import annotations

from ._dialect import Dialect

AP = Dialect(
    name="ap",
    agency="AP",
    agency_tags=("AP",),
    source_names=("Associated Press", "The Associated Press", "AP"),
)
"""The Associated Press: ``AUSTIN, Texas (AP) —`` on the web, ``CHATHAM, Mass. (AP) _`` on the
wire, ``GENEVA (AP) --`` in older copy; no date. Stories end with ``___`` and credits, and on
the wire with a transmission stamp (``AP-WF-02-20-16 0337GMT``)."""

UPI = Dialect(
    name="upi",
    agency="UPI",
    agency_tags=("UPI",),
    source_names=("UPI", "United Press International"),
)
"""United Press International: ``WASHINGTON, Nov. 28 (UPI) --``; the place may be absent."""

NYT = Dialect(
    name="nyt",
    agency="The New York Times",
    tagless=True,
    dated=False,
    separators=("--", "\u2014", "_"),
    source_names=("The New York Times", "New York Times News Service"),
)
"""The New York Times News Service: a dateline without tag or date, ``WASHINGTON _`` on the
wire, ``NEW YORK --`` or ``NEW YORK —`` elsewhere."""
