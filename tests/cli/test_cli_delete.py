"""``khabar delete``: stored articles removed by id, all or none; and re-analysing the store's raw inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.cli import main
from khabar.search import SearchFilters, search
from khabar.store import Store

Capsys = pytest.CaptureFixture[str]


def test_delete_removes_the_article_its_facts_and_its_hits(filled: Path, capsys: Capsys) -> None:
    with Store(filled) as store:
        before = len(store)
        assert search(store.conn, "الرياض", SearchFilters()).total == 1
    assert main(["delete", "rec-2", "--db", str(filled)]) == 0
    assert capsys.readouterr().out == "deleted rec-2\n"
    with Store(filled) as store:
        assert len(store) == before - 1 and "rec-2" not in store
        assert search(store.conn, "الرياض", SearchFilters()).total == 0


@pytest.mark.parametrize("ids, message", [
    (["rec-1", "nope"], "nope: no stored article; nothing deleted"),
    (["rec"], "rec: ambiguous id prefix (rec-1, rec-2); nothing deleted"),
])
def test_an_unknown_or_ambiguous_id_deletes_nothing(filled: Path, capsys: Capsys, ids: list[str],
                                                    message: str) -> None:
    with Store(filled) as store:
        before = len(store)
    assert main(["delete", *ids, "--db", str(filled)]) == 1
    assert capsys.readouterr().err == f"khabar: error: {message}\n"
    with Store(filled) as store:
        assert len(store) == before


def test_delete_by_prefix_then_ingest_again(filled: Path, inputs: Path, capsys: Capsys) -> None:
    assert main(["delete", "rec-1", "rec-1", "--db", str(filled)]) == 0
    assert capsys.readouterr().out == "deleted rec-1\n"
    assert main(["ingest", str(inputs), "--db", str(filled), "--stages", "structure", "--quiet"]) == 0
    with Store(filled) as store:
        assert "rec-1" in store


def test_delete_refuses_a_missing_database(tmp_path: Path, capsys: Capsys) -> None:
    assert main(["delete", "x", "--db", str(tmp_path / "none.db")]) == 2
    assert "no database at" in capsys.readouterr().err and not (tmp_path / "none.db").exists()


def test_reanalyse_without_paths_reads_the_stored_raw_inputs(filled: Path, capsys: Capsys) -> None:
    with Store(filled) as store:
        count = len(store)
        store.conn.execute("UPDATE articles SET analysis = json_set(analysis, '$.headline', 'قديم') "
                           "WHERE id = 'rec-2'")  # as an older pipeline would have stored it
    assert main(["ingest", "--reanalyse", "--db", str(filled), "--stages", "structure", "--quiet"]) == 0
    summary = {cells[1].strip(): cells[2].strip() for cells in
               (line.split("│") for line in capsys.readouterr().out.splitlines() if line.count("│") == 3)}
    assert summary == {"added": "0", "updated": "1", "unchanged": str(count - 1), "failed": "0",
                       "articles in database": str(count)}
    with Store(filled) as store:
        assert store.get("rec-2").headline != "قديم"


def test_reanalyse_without_paths_refuses_a_missing_database(tmp_path: Path, capsys: Capsys) -> None:
    assert main(["ingest", "--reanalyse", "--db", str(tmp_path / "none.db")]) == 2
    assert "no database at" in capsys.readouterr().err and not (tmp_path / "none.db").exists()
