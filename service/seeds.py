"""The bundled corpus: a manifest of articles with their reference dates, loaded through ingest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from service.ingest import Article, Ingested, ingest
from service.store import Store


def read_manifest(path: Path) -> list[Article]:
    """Articles named by a manifest (seeds/manifest.json's shape): file, title, published, language."""
    manifest = json.loads(path.read_text(encoding="utf-8"))
    entries = manifest["articles"] if isinstance(manifest, dict) else manifest
    articles = []
    for entry in entries:
        text = (path.parent / entry["file"]).read_text(encoding="utf-8")
        articles.append(Article(title=entry["title"], text=text, published=date.fromisoformat(entry["published"]),
                                url=entry.get("url"), outlet=entry.get("outlet"),
                                language=entry.get("language", "en")))
    return articles


def load_seeds(store: Store, directory: Path) -> list[Ingested]:
    """Ingest every article of `directory/manifest.json`; already stored ones are left as they are."""
    return [ingest(store, article) for article in read_manifest(directory / "manifest.json")]
