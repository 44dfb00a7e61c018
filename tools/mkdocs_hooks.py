"""MkDocs hooks of ``make docs``: one source for each text, and an ``llms.txt``.

- A page whose whole text is ``--8<-- "FILE"`` is that file (the README is the home page,
  CONTRIBUTING.md, CHANGELOG.md and generated/api.md are pages), with its repository
  links turned into the site's (``docs/batches.md`` -> ``batches.md``); a link to a file
  the site does not have (an example, a test) becomes its name in code.
- After the build, ``site/llms.txt`` lists every page with its first sentence, as the
  llms.txt convention asks (https://llmstxt.org).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
INCLUDE = re.compile(r'^--8<-- "([^"]+)"\s*$')
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
SITE_PAGES = {
    "README.md": "index.md",
    "CONTRIBUTING.md": "contributing.md",
    "CHANGELOG.md": "changelog.md",
    "generated/api.md": "api.md",
}


def site_link(target: str, source: str) -> str | None:
    """Where a repository link from ``source`` points in the site (None: not in it)."""
    if target.startswith(("http://", "https://", "mailto:", "#")):
        return target
    path, _, anchor = target.partition("#")
    base = Path(source).parent
    resolved = (base / path).as_posix() if path else source
    resolved = resolved.removeprefix("./")
    if resolved in SITE_PAGES:
        page = SITE_PAGES[resolved]
    elif resolved.startswith("docs/"):
        page = resolved.removeprefix("docs/")
    elif resolved.rstrip("/") == "docs":
        page = "index.md"
    else:
        return None
    return page + (f"#{anchor}" if anchor else "")


def rewrite(markdown: str, source: str) -> str:
    """``markdown`` of repository file ``source`` with its links as the site has them."""

    def replace(match: re.Match[str]) -> str:
        bang, label, target = match.groups()
        found = site_link(target, source)
        if found is not None:
            return f"{bang}[{label}]({found})"
        return label if label.startswith("`") else f"{label} (`{target}`)"

    return LINK.sub(replace, markdown)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    found = INCLUDE.match(markdown.strip())
    if found is None:
        return markdown
    source = found.group(1)
    text = (ROOT / source).read_text(encoding="utf-8")
    return rewrite(text, source)


def _first_sentence(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if (found := INCLUDE.match(text.strip())) is not None:
        text = (ROOT / found.group(1)).read_text(encoding="utf-8")
    for paragraph in text.split("\n\n"):
        plain = paragraph.strip()
        if plain and not plain.startswith(("#", "```", "|", "<!--", "-", "!", ":::")):
            sentence = " ".join(plain.split()).split(". ")[0].rstrip(".")
            return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence) + "."
    return ""


def _pages(nav: list[Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for item in nav:
        for title, value in item.items():
            if isinstance(value, list):
                found += _pages(value)
            else:
                found.append((title, value))
    return found


def on_post_build(config: Any) -> None:
    docs = Path(config["docs_dir"])
    lines = [f"# {config['site_name']}", "", f"> {config['site_description']}", ""]
    lines += ["## Docs", ""]
    for title, page in _pages(config["nav"]):
        url = page.removesuffix(".md") + ".html"
        lines.append(f"- [{title}]({url}): {_first_sentence(docs / page)}")
    Path(config["site_dir"], "llms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
