"""American wires: the Associated Press, UPI and the New York Times News Service."""

from __future__ import annotations

from ._dialect import Dialect

AP = Dialect(
    name="ap",
    agency="AP",
    agency_tags=("AP",),
    terminator_patterns=(
        # Matches the desk's initials on the story's last line: "(jai/mr)", "af/vj", "(gb)",
        # "jk-kl", "av-ti/eap": groups of lower-case letters joined by slashes or hyphens,
        # maybe in parentheses; a single group only in parentheses.
        r"""(?-i: \(?+ \p{Ll}{1,6}+ (?: [/\-] \p{Ll}{1,6}+ ){1,6}+ \)?+
            | \( \p{Ll}{1,6}+ \) )""",
    ),
    # "END" on a line of its own ends a story on some of the AP's services.
    terminators=("END",),
    terminator_alone=True,
    terminator_required=False,
    source_names=("Associated Press", "The Associated Press", "AP"),
)
"""The Associated Press: ``AUSTIN, Texas (AP) —`` on the web, ``CHATHAM, Mass. (AP) _`` on the
wire, ``GENEVA (AP) --`` in older copy; no date. On the wire a story ends with the desk's
initials on a line of its own (``(jai/mr)``) or ``END``, its terminator, and a transmission stamp
(``AP-WF-02-20-16 0337GMT``); on the web with ``___`` and credits."""

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
