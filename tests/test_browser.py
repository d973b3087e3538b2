"""The HTML digest in a real browser (headless Chromium): nothing overflows 600 px, links are web.

The digest itself carries no script. The test renders a *copy* with a small probe script added at
the end of the body; the probe measures every element and writes its findings into the DOM, which
Chromium prints with --dump-dom. A screenshot of the untouched digest goes to artifacts/ (ignored
by git) for a person to look at.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from companywatch.digest.compose import compose
from companywatch.digest.render import render_html
from companywatch.digest.topics import load_rules
from companywatch.models import Source, SourceKind
from tests.digest_sample import (
    ARTICLES,
    COMPANIES,
    NOW,
    REMINDERS,
    SINCE,
    SOURCES,
    SPOTIFY,
    TZ,
    article,
    sample_digest,
)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
WIDTH = 600

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed"),
]

PROBE = """<script>
(function () {
  var width = document.documentElement.clientWidth;
  var wide = [];
  var all = document.body.getElementsByTagName("*");
  for (var i = 0; i < all.length; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
      wide.push(all[i].tagName + " " + Math.round(r.right) + ": " +
                (all[i].textContent || "").slice(0, 60));
    }
  }
  var links = [];
  for (var j = 0; j < document.links.length; j++) {
    links.push(document.links[j].getAttribute("href"));
  }
  var out = document.createElement("pre");
  out.id = "cw-probe";
  out.textContent = JSON.stringify({
    clientWidth: width,
    scrollWidth: document.documentElement.scrollWidth,
    wide: wide,
    links: links,
    scripts: document.scripts.length
  });
  document.body.appendChild(out);
})();
</script>"""


def chromium(*args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={WIDTH},1600",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def stress_digest():  # type: ignore[no-untyped-def]
    """The sample digest plus the things that break narrow layouts: unbroken long words and URLs."""
    long_word = "Spotify" + "Superlongunbrokenheadlineword" * 8
    extra = [
        article(
            50,
            f"{long_word} announces results",
            "https://example.com/" + "a-very-long-path-segment/" * 12,
            "Publisher" + "X" * 80,
            2,
            150,
            (SPOTIFY,),
            "x" * 400,
        ),
    ]
    long_source = Source(
        20,
        SourceKind.FEED,
        "https://news.example.org/rss?" + "&".join(f"keyword{i}=value{i}" for i in range(30)),
        SPOTIFY,
        "Spotify",
        error_count=2,
        last_error="HTTP 500 " + "E" * 150,
    )
    return compose(
        [*ARTICLES, *extra],
        COMPANIES,
        [*SOURCES, long_source],
        now=NOW,
        since=SINCE,
        rules=load_rules(),
        reminders=REMINDERS,
        tz=TZ,
    )


def probe(page: str, tmp_path: Path) -> dict[str, object]:
    assert "<script" not in page.lower()  # the digest itself never has one
    copy = tmp_path / "probe.html"
    copy.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    dom = chromium("--dump-dom", copy.as_uri())
    m = re.search(r'<pre id="cw-probe">(.*?)</pre>', dom, re.S)
    assert m, dom[-2000:]
    result: dict[str, object] = json.loads(html.unescape(m.group(1)))
    return result


@pytest.mark.parametrize("name", ["sample", "stress"])
def test_layout_fits_600px_and_links_are_web(name: str, tmp_path: Path) -> None:
    d = sample_digest() if name == "sample" else stress_digest()
    page = render_html(d)
    found = probe(page, tmp_path)
    assert found["clientWidth"] == WIDTH
    assert found["scrollWidth"] == WIDTH, found["wide"]
    assert found["wide"] == []
    assert found["scripts"] == 1  # only the probe
    links = found["links"]
    assert isinstance(links, list) and len(links) >= 10
    assert all(re.match(r"https?://", str(u)) for u in links), links

    ARTIFACTS.mkdir(exist_ok=True)
    source = tmp_path / f"digest-{name}.html"
    source.write_text(page, encoding="utf-8")
    shot = ARTIFACTS / f"digest-{name}-{WIDTH}px.png"
    chromium(f"--screenshot={shot}", source.as_uri())
    assert shot.stat().st_size > 10_000
