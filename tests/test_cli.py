"""The `timeline` command: the same functions as the API, with exit codes scripts can rely on."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from service.cli import main
from tests.conftest import SEEDS


def run(argv, stdin="", capsys=None, monkeypatch=None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_annotate_prints_json(capsys, monkeypatch):
    code, out, _ = run(["annotate", "--reference", "2023-02-19"], "They met on Saturday.", capsys, monkeypatch)
    assert code == 0
    assert [(e["text"], e["value"]) for e in json.loads(out)["expressions"]] == [("Saturday", "2023-02-18")]


def test_annotate_jsonl_streams_one_line_per_document(capsys, monkeypatch):
    docs = "\n".join(json.dumps(d) for d in [{"id": "a", "text": "Rain fell yesterday.", "reference": "2020-01-02"},
                                            {"id": "b", "text": "No dates here.", "reference": "2020-01-02"}])
    code, out, _ = run(["annotate", "--jsonl"], docs, capsys, monkeypatch)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["expressions"][0]["value"] == "2020-01-01" and lines[1]["expressions"] == []


def test_annotate_errors_are_one_line_and_non_zero(capsys, monkeypatch):
    code, _, err = run(["annotate", "--jsonl"], '{"id": 1, "text": "x", "reference": "soon"}', capsys, monkeypatch)
    assert code == 2 and err.count("\n") == 1 and "line 1" in err
    code, _, err = run(["annotate"], "text", capsys, monkeypatch)
    assert code == 2 and "--reference" in err


def test_bad_reference_date_exits_2(capsys, monkeypatch):
    with pytest.raises(SystemExit) as exit_info:
        run(["annotate", "--reference", "19/02/2023"], "x", capsys, monkeypatch)
    assert exit_info.value.code == 2


def test_init_db_and_seed_are_idempotent(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run(["--database", url, "init-db"], "", capsys, monkeypatch)[0] == 0
    code, out, _ = run(["--database", url, "seed", str(SEEDS)], "", capsys, monkeypatch)
    assert code == 0 and "5 added, 0 already present" in out
    code, out, _ = run(["--database", url, "seed", str(SEEDS)], "", capsys, monkeypatch)
    assert "0 added, 5 already present" in out


def test_seed_from_missing_directory_fails_cleanly(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run(["--database", url, "init-db"], "", capsys, monkeypatch)
    code, _, err = run(["--database", url, "seed", str(tmp_path / "nowhere")], "", capsys, monkeypatch)
    assert code == 1 and err.startswith("timeline seed:")


def _db(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run(["--database", url, "init-db"], "", capsys, monkeypatch)
    return url


def test_ingest_files_then_list_and_export(tmp_path, capsys, monkeypatch):
    url = _db(tmp_path, capsys, monkeypatch)
    article = tmp_path / "oslo.txt"
    article.write_text("Ministers meet in Oslo\nThe ministers met in Oslo on Tuesday to sign an accord.\n")
    code, out, _ = run(["--database", url, "ingest", str(article), "--published", "2021-03-11",
                        "--url", "https://news.example.org/oslo"], "", capsys, monkeypatch)
    assert code == 0 and out.startswith("added\tsource 1\t1 events\tMinisters meet in Oslo")
    code, out, _ = run(["--database", url, "ingest", str(article), "--published", "2021-03-11"], "", capsys,
                       monkeypatch)
    assert out.startswith("exists\tsource 1")
    code, out, _ = run(["--database", url, "events"], "", capsys, monkeypatch)
    assert code == 0 and out.split()[:2] == ["1", "2021-03-09"]  # the event's id, then its date
    for bound, count in (("2021-03", 1), ("2021", 1), ("2021-04", 0)):  # what the API's `from` takes
        code, out, _ = run(["--database", url, "events", "--from", bound], "", capsys, monkeypatch)
        assert code == 0 and len(out.splitlines()) == count
    with pytest.raises(SystemExit) as exit_:  # argparse's usage error, as for any bad option
        run(["--database", url, "events", "--from", "2021-13"], "", capsys, monkeypatch)
    assert exit_.value.code == 2 and "Not a calendar date" in capsys.readouterr().err
    code, out, _ = run(["--database", url, "export", "--format", "csv"], "", capsys, monkeypatch)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["edtf"] == "2021-03-09" and rows[0]["source_count"] == "1"
    code, out, _ = run(["--database", url, "export", "--format", "ndjson", "--q", "accord"], "", capsys, monkeypatch)
    assert json.loads(out.splitlines()[0])["status"] == "occurred"


def test_ingest_a_manifest(tmp_path, capsys, monkeypatch):
    url = _db(tmp_path, capsys, monkeypatch)
    code, out, err = run(["--database", url, "ingest", str(SEEDS / "manifest.json"), "--progress"], "", capsys,
                         monkeypatch)
    assert code == 0 and out.count("added") == 5 and len(out.splitlines()) == 5  # stdout: one line per article
    assert "[1/5]" in err and "[5/5] done" in err  # progress on stderr only


def test_cli_errors_are_one_line_with_non_zero_exit(tmp_path, capsys, monkeypatch):
    url = _db(tmp_path, capsys, monkeypatch)
    code, _, err = run(["--database", url, "ingest", str(tmp_path / "missing.txt")], "", capsys, monkeypatch)
    assert code == 1 and err.strip() == f"timeline ingest: no such file: {tmp_path / 'missing.txt'}"
    code, _, err = run(["--database", url, "export", "--format", "csv", "--timeline", "nope"], "", capsys,
                       monkeypatch)
    assert code == 1 and err.count("\n") == 1 and "no timeline 'nope'" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"}\n')
    code, _, err = run(["--database", url, "ingest", str(bad)], "", capsys, monkeypatch)
    assert code == 1 and "bad.jsonl:1" in err
