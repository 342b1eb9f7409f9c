"""Sphinx configuration of the wireparse documentation.

Build it from the repository root, with the ``docs`` extra installed::

    python -m sphinx -W -n -b html docs docs/_build/html
    python -m sphinx -W -n -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path

import wireparse

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "wireparse"
author = "The wireparse developers"
copyright = "2026, the wireparse developers"  # noqa: A001 - the name Sphinx reads
release = wireparse.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx_copybutton",
    "wireparse_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]
nitpicky = True
python_use_unqualified_type_names = True

# -- MyST --------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ----------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- intersphinx -------------------------------------------------------------------------------
# Each inventory is read from a local copy when one is installed (Debian's python3-doc,
# python-attr-doc and python-hypothesis-doc put them under /usr/share/doc), else fetched.


def _inventories(pattern: str) -> tuple[str | None, ...]:
    """The newest local copy matching ``pattern`` (under /usr/share/doc), then the web."""
    local = sorted(Path("/usr/share/doc").glob(pattern))
    return (*(str(path) for path in local[-1:]), None)


intersphinx_mapping = {
    "python": (
        "https://docs.python.org/3",
        _inventories("python3*/html/objects.inv"),
    ),
    "attrs": (
        "https://www.attrs.org/en/stable",
        _inventories("python-attr-doc/html/objects.inv"),
    ),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/latest",
        _inventories("python-hypothesis-doc/html/objects.inv"),
    ),
}
intersphinx_timeout = 10

# Types of packages without an inventory to link to.
nitpick_ignore = [
    ("py:class", "_regex.Pattern"),
    ("py:class", "_regex.Match"),
    ("py:exc", "cattrs.BaseValidationError"),
    ("py:class", "dask.bag.Bag"),
    # The alias of what the readers accept (a path, or a binary or text stream), which each
    # reader's documentation spells out; and the dialect's compiled patterns, internal.
    ("py:class", "Source"),
    ("py:class", "wireparse.dialects._dialect._DialectPatterns"),
]

# -- doctest -----------------------------------------------------------------------------------
# The pages' examples run from the repository's root, as a reader runs them from a clone. The
# examples in docstrings run with pytest --doctest-modules instead, in their modules' globals.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
import datetime
import os
import wireparse
os.chdir({str(ROOT)!r})
"""

# -- HTML --------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"wireparse {release}"
html_extra_path = ["_generated/extra"]
html_theme_options = {
    "source_repository": "https://github.com/wireparse/wireparse",
    "source_branch": "main",
    "source_directory": "docs/",
}
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
