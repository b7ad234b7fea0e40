"""The API's reference page (``/docs``): its OpenAPI description as one server-rendered HTML page.

FastAPI's own pages (Swagger UI, ReDoc) load their scripts and styles from a CDN, so offline, which
is how khabar runs, the web UI's "API" link opened a blank page.  This one needs no script and no
network: each endpoint with its summary and its parameters (name, where, type, default, bounds).
"""

from __future__ import annotations

from html import escape
from typing import Any

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h2 { font: 600 1.05em ui-monospace, monospace; margin: 2em 0 .3em; }
h2 .method { color: #06c; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border-bottom: 1px solid #ddd; padding: .2em .6em; text-align: left; vertical-align: top; }
code { font-family: ui-monospace, monospace; }
"""


def _schema_text(schema: dict[str, Any]) -> str:
    """A parameter's type as a reader wants it: ``integer, 1..100``, ``string | null``."""
    if "anyOf" in schema:
        text = " | ".join(_schema_text(s) for s in schema["anyOf"])
    else:
        text = str(schema.get("type", ""))
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        text += f", {'' if low is None else low}..{'' if high is None else high}"
    if "maxLength" in schema:
        text += f", at most {schema['maxLength']} characters"
    return text


def _parameters_table(parameters: list[dict[str, Any]]) -> str:
    if not parameters:
        return "<p>No parameters.</p>"
    rows = []
    for p in parameters:
        schema = p.get("schema", {})
        default = schema.get("default")
        rows.append("<tr><td><code>{}</code>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            escape(p["name"]), " (required)" if p.get("required") else "", escape(p.get("in", "")),
            escape(_schema_text(schema)), "" if default is None else f"<code>{escape(str(default))}</code>",
            escape(p.get("description") or schema.get("description") or "")))
    return ("<table><tr><th>parameter</th><th>in</th><th>type</th><th>default</th><th>description</th></tr>"
            + "".join(rows) + "</table>")


def docs_page(openapi: dict[str, Any]) -> str:
    """The reference page of an OpenAPI description (as ``FastAPI.openapi()`` returns it)."""
    info = openapi.get("info", {})
    parts = [f"<h1>{escape(info.get('title', ''))} {escape(str(info.get('version', '')))} — API</h1>",
             f"<p>{escape(info.get('description', ''))}</p>",
             '<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI '
             f"{escape(str(openapi.get('openapi', '')))}). The web UI: <a href=\"/\">/</a>.</p>"]
    for path, operations in openapi.get("paths", {}).items():
        for method, op in operations.items():
            anchor = escape(f"{method}-{path}", quote=True)
            parts.append(f'<h2 id="{anchor}"><span class="method">{escape(method.upper())}</span> '
                         f"{escape(path)}</h2>")
            parts.append(f"<p>{escape(op.get('summary') or op.get('description') or '')}</p>")
            parts.append(_parameters_table(op.get("parameters", [])))
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(info.get('title', ''))} API</title><style>{_STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")
