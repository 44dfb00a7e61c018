"""The docs site, built as ``make docs`` builds it and seen in a real browser.

One build (``mkdocs build --strict``) into a scratch directory, served on 127.0.0.1, then
every page opened in headless Chromium (Debian's ``chromium``; ``make chromium`` installs it):
each renders its title, makes no console error, asks nothing of another host (the site
works offline), and every link and anchor it holds leads somewhere in the site. A
screenshot of each page is saved under ``out/docs-screenshots/`` (or
``$MUSICAPI_SCREENSHOTS``) for a reviewer to open.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Flags for a container and a busy machine: no sandbox (no user namespaces), no GPU, and
# nothing the browser would fetch for itself (updates, sync, safe browsing lists).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_TIMEOUT_MS = 120_000  # generous: a busy machine renders slowly, never wrongly


def _browser() -> str:
    for name in BROWSERS:
        if (found := shutil.which(name)) is not None:
            return found
    message = "chromium is not installed (make chromium installs Debian's package)"
    if os.environ.get("MUSICAPI_REQUIRE_CHROMIUM"):
        pytest.fail(message)
    pytest.skip(message)


def _nav_pages() -> list[str]:
    def walk(items: list[Any]) -> Iterator[str]:
        for item in items:
            for value in item.values():
                yield from walk(value) if isinstance(value, list) else [value]

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return list(walk(config["nav"]))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # no end-of-life notice in the output
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return folder


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_every_docs_page_is_in_the_navigation() -> None:
    on_disk = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert on_disk == set(_nav_pages())


@pytest.mark.slow
def test_the_build_writes_an_llms_txt_listing_every_page(site: Path) -> None:
    text = (site / "llms.txt").read_text(encoding="utf-8")
    assert text.startswith("# musicapi-client\n")
    listed = re.findall(r"^- \[[^\]]+\]\(([^)]+)\): \S", text, re.MULTILINE)
    assert listed == [page.removesuffix(".md") + ".html" for page in _nav_pages()]
    assert all((site / url).is_file() for url in listed)


def _target(site: Path, url: str) -> tuple[Path, str]:
    parts = urlsplit(url)
    path = site / unquote(parts.path).lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    return path, unquote(parts.fragment)


def _has_anchor(html: str, anchor: str) -> bool:
    return re.search(rf'\b(?:id|name)="{re.escape(anchor)}"', html) is not None


@pytest.mark.slow  # a browser and every page: make test runs it, not make pytest
def test_every_page_renders_in_chromium_with_no_error_and_no_broken_link(
    site: Path, served: str
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _browser()
    shots = Path(os.environ.get("MUSICAPI_SCREENSHOTS", ROOT / "out" / "docs-screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    checked_links = 0
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        with contextlib.closing(browser):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            seen: list[str] = []
            page.on("console", lambda m: seen.append(f"console {m.type}: {m.text}"))
            page.on("pageerror", lambda e: seen.append(f"page error: {e}"))

            def elsewhere(route: Any) -> None:
                seen.append(f"asked another host for {route.request.url}")
                route.abort()

            page.route(re.compile(r"^(?!" + re.escape(served) + r"/).*"), elsewhere)
            for name in _nav_pages():
                html_name = name.removesuffix(".md") + ".html"
                seen.clear()
                answer = page.goto(f"{served}/{html_name}", wait_until="load")
                status = answer.status if answer is not None else None
                title = page.locator("article h1").first.inner_text().strip()
                hrefs: list[str] = page.eval_on_selector_all(
                    "a[href]", "links => links.map(link => link.href)"
                )
                page.screenshot(path=str(shots / f"{name.removesuffix('.md')}.png"))
                errors = [line for line in seen if not line.startswith("console info")]
                errors = [line for line in errors if not line.startswith("console log")]
                if status != 200 or not title or errors:
                    problems.append(f"{html_name}: status {status}, title {title!r}, {errors}")
                for href in hrefs:
                    if not href.startswith(served + "/"):
                        continue  # another site's link: tests never go on the internet
                    path, anchor = _target(site, href)
                    checked_links += 1
                    if not path.is_file():
                        problems.append(f"{html_name}: broken link {href}")
                    elif anchor and not _has_anchor(path.read_text(encoding="utf-8"), anchor):
                        problems.append(f"{html_name}: no anchor #{anchor} for {href}")
    assert not problems, "\n".join(problems)
    assert checked_links > 100
    assert {n.removesuffix(".md") + ".png" for n in _nav_pages()} <= {
        p.name for p in shots.glob("*.png")
    }
