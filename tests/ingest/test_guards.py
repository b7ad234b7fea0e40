"""The nesting guard: depth counted by tags (optional and void end tags aside); deeper than any real
page is refused."""

from __future__ import annotations

import pytest

from khabar.ingest.guards import MAX_HTML_DEPTH, check_nesting, nesting_depth


@pytest.mark.parametrize("markup, depth", [
    ("", 0),
    ("<div><span>نص</span></div>", 2),
    ("<div>" * 5 + "</div>" * 9 + "<div><p>أ<p>ب<br><img src=x></div>", 5),  # stray end tags close nothing
    ("<ul><li>أ<li>ب<li>ج</ul><table><tr><td>1<td>2</table>", 1),  # optional end tags do not nest
    ("<DIV><Section></section></DIV><div/>", 2),
])
def test_nesting_depth(markup: str, depth: int) -> None:
    assert nesting_depth(markup) == depth


def test_real_depths_pass_the_guard() -> None:
    check_nesting("<div>" * MAX_HTML_DEPTH + "</div>" * MAX_HTML_DEPTH)
    with pytest.raises(ValueError, match="nested too deeply"):
        check_nesting("<span>" * (MAX_HTML_DEPTH + 1))
