from urllib.parse import quote

import pytest


@pytest.mark.parametrize("path", [
    "/", "/ui/search?q=" + quote("الانسحاب"), "/ui/stats", "/search?q=" + quote("الحكومة"), "/stats",
    "/articles/a1", "/openapi.json", "/static/khabar.css",
])
def test_head_is_get_without_the_body(client, path):
    got, head = client.get(path), client.head(path)
    assert got.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))


@pytest.mark.parametrize("path, status", [("/articles/nope", 404), ("/search?q=", 400), ("/nowhere", 404)])
def test_head_keeps_gets_errors(client, path, status):
    head = client.head(path)
    assert head.status_code == status and head.content == b""
