"""The API's reference page: served by /docs with no script and no network, every endpoint on it."""

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.api.docs import docs_page


@pytest.fixture
def client(sample_db):
    with TestClient(create_app(sample_db)) as c:
        yield c


def test_docs_needs_no_script_nor_network(client):
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script" not in r.text and "http://" not in r.text and "https://" not in r.text
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"</span> {path}</h2>" in r.text.replace("&#x27;", "'")


def test_fastapis_cdn_pages_are_gone(client):
    assert client.get("/redoc").status_code == 404
    assert "/docs" not in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("parameter, shown", [
    ({"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
     "<td>integer, 1..100</td><td><code>20</code></td>"),
    ({"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 500, "default": ""}},
     "<td>string, at most 500 characters</td><td><code></code></td>"),
    ({"name": "outlet", "in": "query", "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
     "<td>string | null</td><td></td>"),
    ({"name": "article_id", "in": "path", "required": True, "schema": {"type": "string"}},
     "<code>article_id</code> (required)</td><td>path</td>"),
    ({"name": "<b>", "in": "query", "description": "a & b", "schema": {"type": "string"}},
     "<code>&lt;b&gt;</code></td><td>query</td><td>string</td><td></td><td>a &amp; b</td>"),
])
def test_parameters_are_listed_escaped(parameter, shown):
    page = docs_page({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                      "paths": {"/x": {"get": {"summary": "s", "parameters": [parameter]}}}})
    assert shown in page


def test_an_endpoint_without_parameters_says_so():
    page = docs_page({"info": {}, "paths": {"/stats": {"get": {"summary": "what the store holds"}}}})
    assert "<p>what the store holds</p><p>No parameters.</p>" in page
