import json

import pytest

from khabar.cli import main


def test_search_jsonl_one_hit_per_line(sample_db, capsys):
    assert main(["search", "للانسحاب", "--db", str(sample_db), "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {h["article_id"] for h in hits} == {"a1", "a2"}
    assert all(h["snippet"]["matches"] for h in hits)


def test_search_filters_and_table(sample_db, capsys):
    assert main(["search", "انسحاب", "--db", str(sample_db), "--outlet", "CNN", "--date-from", "2018"]) == 0
    out = capsys.readouterr().out
    assert "a2" in out and "a1" not in out


@pytest.mark.parametrize("query", ['"مفتوح', "انسحاب NEAR قوات", "(("])
def test_search_bad_query_exits_2_with_a_message(sample_db, capsys, query):
    assert main(["search", query, "--db", str(sample_db)]) == 2
    assert "khabar: error: bad query:" in capsys.readouterr().err


def test_search_and_serve_refuse_a_missing_database(tmp_path, capsys):
    missing = str(tmp_path / "none.db")
    assert main(["search", "انسحاب", "--db", missing]) == 2
    assert main(["serve", "--db", missing]) == 2
    assert capsys.readouterr().err.count("no database at") == 2


def test_serve_runs_uvicorn_with_host_and_port(sample_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    assert main(["serve", "--db", str(sample_db), "--host", "127.0.0.1", "--port", "8123"]) == 0
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123


def test_search_csv_one_row_per_hit_with_a_header(sample_db, capsys):
    import csv
    import io

    assert main(["search", "للانسحاب", "--db", str(sample_db), "--format", "csv", "--outlet", "CNN"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["article_id", "published", "outlet", "headline", "url", "score", "snippet"]
    assert [(r[0], r[1][:10], r[2], r[3]) for r in rows[1:]] == [
        ("a2", "2018-04-10", "CNN", "بانسحاب القوات الأميركية من سوريا")]
    assert "انسحاب" in rows[1][6]


@pytest.mark.parametrize("fmt, limit, code, hits", [
    ("csv", "2", 0, 2),  # more than a page: read page by page
    ("jsonl", "2", 0, 2),
    ("csv", "5", 0, 2),  # no more than there are
    ("table", "2", 2, 0),  # a table shows one page at most
])
def test_search_writes_more_hits_than_a_page_as_csv_or_jsonl(sample_db, capsys, monkeypatch, fmt, limit, code, hits):
    monkeypatch.setattr("khabar.cli.search.MAX_LIMIT", 1)
    monkeypatch.setattr("khabar.search.engine.MAX_LIMIT", 1)  # the search's page bound
    assert main(["search", "انسحاب", "--db", str(sample_db), "--format", fmt, "--limit", limit]) == code
    lines = capsys.readouterr().out.splitlines()
    if code == 0:
        assert len(lines) - (fmt == "csv") == hits


def test_search_csv_for_excel_starts_with_the_byte_order_mark(sample_db, capsys):
    assert main(["search", "للانسحاب", "--db", str(sample_db), "--format", "csv", "--bom"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffarticle_id,")
    assert main(["search", "للانسحاب", "--db", str(sample_db), "--bom"]) == 2
    assert "--bom is for --format csv" in capsys.readouterr().err


def test_search_sort_oldest_lists_the_first_report_first(sample_db, capsys):
    assert main(["search", "انسحاب", "--db", str(sample_db), "--sort", "oldest", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["article_id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["a1", "a2"]


@pytest.mark.parametrize("args, code, ids", [
    (["--outlet", "CNN"], 0, ["a2"]),  # no query: the articles the filters keep
    (["--date-from", "2018", "--sort", "oldest"], 0, None),  # any order asked
    ([], 2, []),  # neither a query nor a filter: refused, not the whole store
    (["--outlet", "CNN", "--sort", "newest"], 0, ["a2"]),
])
def test_a_search_of_filters_alone_lists_their_articles_newest_first(sample_db, capsys, args, code, ids):
    assert main(["search", "--db", str(sample_db), "--format", "jsonl", *args]) == code
    captured = capsys.readouterr()
    hits = [json.loads(line) for line in captured.out.splitlines()]
    if code:
        assert "give a filter" in captured.err and not hits
    elif ids is None:
        dates = [h["published"] for h in hits]
        assert dates == sorted(dates) and hits
    else:
        assert [h["article_id"] for h in hits] == ids and all(h["snippet"] is None for h in hits)
