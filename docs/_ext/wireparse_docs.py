"""Pages of the documentation made from the library itself at build time.

When the configuration is read, this writes MyST fragments into ``docs/_generated/`` that the pages
include, so that they cannot fall out of date:

- ``agencies.md``: a table of every registered dialect, from :func:`wireparse.dialects.names`
  and :func:`wireparse.dialects.get`, and every field of each;
- ``cli.md``: every command and option of ``wireparse``, from :func:`wireparse._cli.build_parser`;
- ``defects.md``: every member of :class:`wireparse.DefectCode` with its description;
- ``schema.json``: :func:`wireparse.json_schema`, as ``wireparse schema`` prints it, and
  ``schema.md``: a table of each of its definitions;

and it renders the example story with :func:`wireparse.render_html` into
``_generated/extra/show/``, copied to the site as is (``html_extra_path``).

It also resolves references to names that type hints give by their private module
(``wireparse._models.Article``) to the public name that documents them (``wireparse.Article``),
and checks that every public name is documented.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import inspect
import io
import os
import pkgutil
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import regex
from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.errors import PycodeError
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging

import wireparse
from wireparse import dialects
from wireparse._cli import build_parser, main

LOGGER = logging.getLogger(__name__)
DOCS = Path(__file__).resolve().parents[1]
GENERATED = DOCS / "_generated"
EXAMPLE = DOCS.parent / "examples" / "kunming-flower-market.txt"
SHOW_PAGE = "show/kunming-flower-market.html"
"""Where the example's page is, relative to the site's root."""

PUBLIC_MODULES = (
    "wireparse",
    *sorted(
        f"wireparse.{module.name}"
        for module in pkgutil.iter_modules(wireparse.__path__)
        if not module.name.startswith("_")
    ),
)
"""The modules whose public names the documentation describes: the package, and each of its
modules whose name has no leading underscore (``dialects``, ``readers``, ``rules``, ...)."""

# The fields the agency table shows, in order; every other field goes to each agency's details.
TABLE_FIELDS = ("agency", "language", "agency_tags", "separators", "terminators")


# -- Writing the fragments -----------------------------------------------------------------------


def _write(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` unless it holds it already, so Sphinx sees no change."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8", newline="\n")


def _code(value: str) -> str:
    """``value`` as inline code, whatever backticks or spaces it holds."""
    if not value:
        return "(empty)"
    fence = "`"
    while fence in value:
        fence += "`"
    padded = f" {value} " if value.startswith(("`", " ")) or value.endswith(("`", " ")) else value
    return f"{fence}{padded}{fence}"


# Characters that mean something in MyST inline text, and a cell opening like a list item.
_MARKUP = regex.compile(r"[\\`*_{}\[\]<>#|~$]")
_LIST_START = regex.compile(r"\A(?:[-+]|[0-9]++(?=[.)]))(?=[.)]?+(?:\s|\Z))")


def _plain(text: str) -> str:
    """``text`` as MyST that shows it as it is, whatever punctuation it holds."""
    escaped = _MARKUP.sub(lambda m: "\\" + m.group(), text)
    # "- x" becomes "\- x"; "1. x" becomes "1\. x" (a backslash escapes punctuation only).
    match = _LIST_START.match(escaped)
    if match is None:
        return escaped
    if match.group() in "-+":
        return "\\" + escaped
    return f"{match.group()}\\{escaped[match.end() :]}"


# Matches inline code in a docstring: ``text``, or a role such as :func:`~wireparse.parse`.
_RST_CODE = regex.compile(r"``(?P<code>[^`]++)``|:[a-z]++:`~?+(?P<role>[^`]++)`")


def _with_code(text: str, pattern: regex.Pattern[str]) -> str:
    """``text`` as MyST: what ``pattern`` matches as code (its first group that matched), the
    rest as is."""
    out, pos = [], 0
    for match in pattern.finditer(text):
        out.append(_plain(text[pos : match.start()]))
        out.append(_code(next(group for group in match.groups() if group is not None)))
        pos = match.end()
    out.append(_plain(text[pos:]))
    return "".join(out)


def _from_rst(text: str) -> str:
    """A line of a reST docstring as MyST: its literals and roles as code, the rest as is."""
    return _with_code(text, _RST_CODE)


def _codes(values: Iterable[object]) -> str:
    shown = [_code(str(v)) for v in values]
    return ", ".join(shown) if shown else "none"


def _cell(text: str) -> str:
    """A list-table cell: one line, starting after the ``* `` or ``  - `` marker."""
    return text.replace("\n", " ")


def _list_table(header: list[str], rows: list[list[str]], *, name: str) -> str:
    lines = [f"```{{list-table}}\n:header-rows: 1\n:name: {name}\n"]
    for row in [header, *rows]:
        lines.append(f"* - {_cell(row[0])}")
        lines.extend(f"  - {_cell(cell)}" for cell in row[1:])
    lines.append("```\n")
    return "\n".join(lines)


# -- Agencies -------------------------------------------------------------------------------------


def _value(value: object) -> str:
    """A dialect field's value as MyST, whatever its type."""
    if isinstance(value, Mapping):
        return _codes(value) if value else "none"
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) for v in value):
        return _codes(" ".join(str(part) for part in v) for v in value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return _codes(value)
    return _code(str(value))


def _dateline_forms(dialect: dialects.Dialect) -> str:
    separator = dialect.separators[0] if dialect.separators else ""
    forms = [f"CITY, May 6 ({tag}) {separator}".rstrip() for tag in dialect.agency_tags]
    return _codes(forms)


def _furniture(dialect: dialects.Dialect) -> str:
    kinds = sorted({kind for kind, _ in dialect.furniture})
    return _codes(kinds)


def _fields(dialect: dialects.Dialect) -> list[attrs.Attribute[Any]]:
    """The dialect's fields that describe copy: those set when it is made."""
    return [field for field in attrs.fields(type(dialect)) if field.init]


def _docstring_of(value: object) -> str | None:
    """The docstring written under the module-level name ``value`` is defined as, if any."""
    for module_name in sorted(m for m in sys.modules if m.startswith("wireparse.")):
        module = sys.modules[module_name]
        for name, bound in list(vars(module).items()):
            if bound is value:
                lines = _attribute_doc(module, name, value)
                if lines:
                    return inspect.cleandoc("\n".join(lines))
    return None


def agencies_page() -> str:
    """The agency table and each agency's details, from the dialect registry."""
    registered = [dialects.get(name) for name in dialects.names()]
    rows = [
        [
            _code(d.name),
            _plain(d.agency),
            _code(d.language),
            _dateline_forms(d),
            _codes(d.separators),
            _codes(d.terminators),
            _furniture(d),
        ]
        for d in registered
    ]
    out = [
        _list_table(
            [
                "Dialect",
                "Agency",
                "Language",
                "Dateline",
                "Separators",
                "Terminators",
                "Own furniture",
            ],
            rows,
            name="agency-table",
        ),
        f"The default dialect is {_code(dialects.DEFAULT.name)}.\n",
    ]
    for d in registered:
        out.append(f"## {_plain(d.agency)} ({_code(d.name)})\n")
        doc = _docstring_of(d)
        if doc:
            out.append(doc + "\n")
        rows = []
        for field in _fields(d):
            value = getattr(d, field.name)
            if field.name == "furniture":
                continue
            rows.append([_code(field.name), _value(value)])
        out.append(_list_table(["Field", "Value"], rows, name=f"dialect-{d.name}"))
        if d.furniture:
            out.append(
                "Its own furniture: `(kind, pattern)` pairs, each pattern matching a line.\n"
            )
            patterns = "\n".join(f"{kind}: {pattern}" for kind, pattern in d.furniture)
            out.append(f"```text\n{patterns}\n```\n")
    return "\n".join(out)


# -- The command line -----------------------------------------------------------------------------


def _actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            yield action


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _option_rows(parser: argparse.ArgumentParser) -> list[list[str]]:
    formatter = parser._get_formatter()  # expands %(default)s and the like
    rows = []
    for action in _actions(parser):
        if action.help == argparse.SUPPRESS:
            continue
        if action.option_strings:
            names = ", ".join(_code(s) for s in action.option_strings)
            if action.nargs != 0:
                names += " " + _code(str(action.metavar or action.dest.upper()))
        else:
            names = _code(str(action.metavar or action.dest))
        text = formatter._expand_help(action) if action.help else ""
        if action.nargs in ("+", "*"):
            text += " (one or more)" if action.nargs == "+" else " (any number)"
        rows.append([names, _plain(text)])
    return rows


def _help(parser: argparse.ArgumentParser, *, usage_only: bool = False) -> str:
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"  # the width argparse wraps help to
    try:
        return parser.format_usage() if usage_only else parser.format_help()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def cli_page() -> str:
    """A section per command of ``wireparse``, from its argument parser."""
    parser = build_parser()
    out = [
        f"{_plain(parser.description or '')}\n",
        f"```text\n{_help(parser)}```\n",
        _list_table(["Option", "Meaning"], _option_rows(parser), name="cli-options"),
    ]
    for name, sub in _subcommands(parser):
        out.append(f"## `wireparse {name}`\n")
        if sub.description:
            out.append(f"{_plain(sub.description)}\n")
        out.append(f"```text\n{_help(sub, usage_only=True)}```\n")
        rows = _option_rows(sub)
        if rows:  # a command with no argument but --help has no table
            out.append(_list_table(["Argument", "Meaning"], rows, name=f"cli-{name}"))
    return "\n".join(out)


# -- Defects --------------------------------------------------------------------------------------


def defects_page() -> str:
    """Every defect code with its meaning."""
    rows = [
        [_code(code.value), _code(f"DefectCode.{code.name}"), _plain(code.description)]
        for code in wireparse.DefectCode
    ]
    return _list_table(["Code", "Member", "Meaning"], rows, name="defect-table")


# -- The JSON Schema ------------------------------------------------------------------------------


def schema_json() -> str:
    """What ``wireparse schema`` prints, run as the command line runs it."""
    out = io.StringIO()
    previous, sys.stdout = sys.stdout, out
    try:
        status = main(["schema"])
    finally:
        sys.stdout = previous
    if status != 0:
        raise RuntimeError(f"wireparse schema ended with status {status}")
    return out.getvalue()


# Inline code in the schema's descriptions, written as Markdown: `text`.
_MARKDOWN_CODE = regex.compile(r"`(?P<code>[^`]++)`")


def _from_markdown(text: str) -> str:
    """A description of the schema as MyST: its inline code as code, the rest as is."""
    return _with_code(text, _MARKDOWN_CODE)


def _schema_type(schema: Mapping[str, Any]) -> str:
    """The JSON type a property's schema allows, as MyST: ``string or null``, a link to a
    definition, ``array of`` one."""
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return f"{{ref}}`{name} <schema-{name.replace('_', '-')}>`"
    if "anyOf" in schema:
        return " or ".join(_schema_type(option) for option in schema["anyOf"])
    if "enum" in schema:
        return "one of " + _codes(schema["enum"])
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    shown = []
    for kind in kinds:
        if kind == "array" and "prefixItems" in schema:
            items = [_schema_type(item) for item in schema["prefixItems"]]
            shown.append(f"array of {len(items)}: {'; '.join(items)}")
        elif kind == "array" and "items" in schema and isinstance(schema["items"], Mapping):
            shown.append(f"array of {_schema_type(schema['items'])}")
        elif kind == "string" and "format" in schema:
            shown.append(f"string ({schema['format']})")
        elif kind == "integer" and "minimum" in schema:
            shown.append(f"integer, at least {schema['minimum']}")
        else:
            shown.append(str(kind))
    return " or ".join(shown)


def schema_page() -> str:
    """A table per definition of the schema: each key, its type and what it means."""
    out = []
    for name, definition in wireparse.json_schema()["$defs"].items():
        out.append(f"({'schema-' + name.replace('_', '-')})=\n### `{name}`\n")
        if definition.get("description"):
            out.append(f"{_from_markdown(definition['description'])}\n")
        if "properties" not in definition:
            out.append(f"Type: {_schema_type(definition)}.\n")
            continue
        rows = [
            [_code(key), _schema_type(value), _from_markdown(value.get("description", ""))]
            for key, value in definition["properties"].items()
        ]
        out.append(_list_table(["Key", "Type", "Meaning"], rows, name=f"schema-table-{name}"))
    return "\n".join(out)


# -- API reference --------------------------------------------------------------------------------


def _public_modules() -> list[ModuleType]:
    """The public modules, imported. One that needs a package the docs extra lacks fails the
    build, saying which."""
    return [importlib.import_module(name) for name in PUBLIC_MODULES]


def _exported(module: ModuleType) -> dict[str, object]:
    """The public names of ``module``: its ``__all__``, or what it defines without an underscore."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and getattr(value, "__module__", module.__name__) == module.__name__
            and not isinstance(value, ModuleType)
        ]
    return {name: getattr(module, name) for name in names}


def _attribute_doc(module: ModuleType, name: str, value: object) -> list[str] | None:
    """The docstring written under ``name = ...`` where ``value`` is defined: in ``module``, or
    in the private module it is imported from."""
    package = module.__name__.split(".")[0]
    others = sorted(m for m in sys.modules if m.startswith(f"{package}.") and m != module.__name__)
    candidates = [module.__name__, *others]
    for candidate in candidates:
        if getattr(sys.modules[candidate], name, _MISSING) is not value:
            continue
        try:
            docs = ModuleAnalyzer.for_module(candidate).find_attr_docs()
        except PycodeError:
            continue
        if ("", name) in docs:
            return list(docs[("", name)])
    return None


_MISSING = object()


def _data_directive(module: ModuleType, name: str, value: object) -> str:
    """A ``py:data`` directive for a name whose docstring autodoc would not find."""
    lines = [f".. py:data:: {name}", f"   :module: {module.__name__}"]
    shown = repr(value)
    if len(shown) <= 60:
        lines.append(f"   :value: {shown}")
    lines.append("")
    lines.extend(f"   {line}".rstrip() for line in _attribute_doc(module, name, value) or [])
    return "\n".join(lines)


def _is_data(value: object) -> bool:
    return not (inspect.isclass(value) or inspect.ismodule(value) or inspect.isroutine(value))


def api_page() -> str:
    """An automodule section per public module. A class re-exported from a public submodule is
    documented there only; data whose docstring sits in a private module is documented from
    that docstring."""
    modules = _public_modules()
    elsewhere = {
        id(value)
        for module in modules[1:]
        for value in _exported(module).values()
        if isinstance(value, type)
    }
    out = []
    for module in modules:
        exported = _exported(module)
        own_docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
        data = [
            name
            for name, value in exported.items()
            if _is_data(value) and (name.startswith("__") or ("", name) not in own_docs)
        ]
        exclude = [
            name
            for name, value in exported.items()
            if isinstance(value, ModuleType) or (module is modules[0] and id(value) in elsewhere)
        ]
        out.append(f"## `{module.__name__}`\n")
        lines = [f".. automodule:: {module.__name__}", "   :members:"]
        if exclude or data:
            lines.append(f"   :exclude-members: {', '.join(sorted([*exclude, *data]))}")
        blocks = ["\n".join(lines), *(_data_directive(module, n, exported[n]) for n in data)]
        out.append("```{eval-rst}\n" + "\n\n".join(blocks) + "\n```\n")
    return "\n".join(out)


def skip_member(  # noqa: PLR0917 - the arguments of Sphinx's autodoc-skip-member event
    app: Sphinx, what: str, name: str, obj: object, skip: bool, options: object
) -> bool | None:
    """Document every member of an enumeration, such as each defect code; leave out the
    field accessors of named tuples, whose docstrings list the fields already."""
    if isinstance(obj, enum.Enum):
        return False
    if (getattr(obj, "__doc__", None) or "").startswith("Alias for field number"):
        return True
    return None


def check_documented(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about a public name that the API reference does not document, under its own
    module's name or under that of another public module exporting the same object."""
    objects = env.get_domain("py").objects  # type: ignore[attr-defined]
    exported = {module.__name__: _exported(module) for module in _public_modules()}
    for module, names in exported.items():
        for name, value in names.items():
            if isinstance(value, ModuleType):
                continue
            if any(
                f"{other}.{name}" in objects and others.get(name) is value
                for other, others in exported.items()
            ):
                continue
            LOGGER.warning(
                "%s.%s is public but the API reference does not document it", module, name
            )


# -- Rules ----------------------------------------------------------------------------------------


def rules_page() -> str:
    """The default chain of rules: each rule's name, function and what the function does."""
    rows = []
    for rule in wireparse.rules.DEFAULT_RULES:
        func = rule.func
        name = getattr(func, "__name__", repr(func))
        public = getattr(wireparse.rules, name, None) is func
        shown = f"{{func}}`~wireparse.rules.{name}`" if public else _code(name)
        doc = inspect.getdoc(func) or ""
        rows.append([_code(rule.name), shown, _from_rst(doc.split("\n\n")[0].replace("\n", " "))])
    return _list_table(["Rule", "Function", "What it does"], rows, name="rule-table")


# -- The article model ----------------------------------------------------------------------------


def _short(value: object, width: int = 60) -> str:
    shown = repr(value)
    return shown if len(shown) <= width else shown[: width - 3] + "..."


def _class_ref(cls: type) -> str:
    public = getattr(wireparse, cls.__name__, None) is cls
    return f"{{class}}`~wireparse.{cls.__name__}`" if public else _code(cls.__name__)


def _elements(value: object) -> list[object]:
    """The attrs values ``value`` holds: itself, or the items of a tuple of them."""
    if attrs.has(type(value)):
        return [value]
    if isinstance(value, tuple) and value and all(attrs.has(type(v)) for v in value):
        return list(value)
    return []


def model_page() -> str:
    """A table per kind of element of the example's article: each field and its value, and
    for each span the text it covers. Fields added to the models show up by themselves."""
    article = wireparse.parse(EXAMPLE.read_bytes().decode("utf-8"))
    text = article.text
    out: list[str] = []
    queue: list[tuple[str, object]] = [("article", article)]
    seen: set[type] = set()
    while queue:
        path, element = queue.pop(0)
        if type(element) in seen:
            continue
        seen.add(type(element))
        rows = []
        for field in attrs.fields(type(element)):
            value = getattr(element, field.name)
            inner = _elements(value)
            if inner:
                kind = type(inner[0])
                shown = (
                    _class_ref(kind)
                    if len(inner) == 1 and not isinstance(value, tuple)
                    else f"{len(inner)} of {_class_ref(kind)}"
                )
                queue.append(
                    (f"{path}.{field.name}" + ("[0]" if isinstance(value, tuple) else ""), inner[0])
                )
            elif field.name.endswith("span") and isinstance(value, tuple) and len(value) == 2:
                shown = f"{_code(repr(value))}: {_code(_short(text[value[0] : value[1]]))}"
            else:
                shown = _code(_short(value))
            rows.append([_code(field.name), shown])
        out.append(f"### {_class_ref(type(element))}\n")
        out.append(f"{_code(path)}\n")
        out.append(_list_table(["Field", "On the example"], rows, name=f"model-{path}"))
    return "\n".join(out)


# -- The example's page ---------------------------------------------------------------------------


def show_page() -> str:
    text = EXAMPLE.read_bytes().decode("utf-8")
    return wireparse.render_html(wireparse.parse(text))


def generate(app: Sphinx | None = None, config: Config | None = None) -> None:
    """Write every generated fragment and page.

    Run when the configuration is read, before Sphinx checks that ``html_extra_path`` exists.
    """
    _write(GENERATED / "agencies.md", agencies_page())
    _write(GENERATED / "cli.md", cli_page())
    _write(GENERATED / "defects.md", defects_page())
    _write(GENERATED / "schema.json", schema_json())
    _write(GENERATED / "schema.md", schema_page())
    _write(GENERATED / "api.md", api_page())
    _write(GENERATED / "model.md", model_page())
    _write(GENERATED / "rules.md", rules_page())
    _write(GENERATED / "extra" / SHOW_PAGE, show_page())


# -- References to private modules ----------------------------------------------------------------


def resolve_public(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    """Resolve a name by the public module that documents it.

    Type hints name objects by the module that defines them (``wireparse._models.Article``,
    ``wireparse.rules.dates.resolve_dates``), and docstrings may name one without its module
    (``WEB_FURNITURE``); each is looked up as ``MODULE.NAME`` for every public module, the
    most specific first.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.replace(".", "").isidentifier():
        return None
    if "." in target and not target.startswith("wireparse."):
        return None
    domain = env.get_domain("py")
    name = target.rsplit(".", 1)[-1]
    if contnode.astext() == target and "._" in target:
        # Show the name alone, as signatures do, rather than its private module's path.
        contnode = contnode.deepcopy()
        contnode.children = [nodes.Text(name)]
    # The package last: a name a submodule also exports is documented with the submodule.
    for module in (*PUBLIC_MODULES[1:], PUBLIC_MODULES[0]):
        found = domain.resolve_xref(
            env,
            node.get("refdoc", ""),
            app.builder,
            node["reftype"],
            f"{module}.{name}",
            node,
            contnode,
        )
        if found is not None:
            return found
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", generate)
    app.connect("missing-reference", resolve_public)
    app.connect("autodoc-skip-member", skip_member)
    app.connect("env-check-consistency", check_documented)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
