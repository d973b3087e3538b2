"""parse_feed on feeds we wrote (tests/fixtures/feeds) and on hand-made hostile bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companywatch.errors import ParseError
from companywatch.parse import (
    canonical_url,
    fast_or_reason,
    looks_like_html,
    parse_fast,
    parse_feed,
    parse_slow,
)

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
GOOGLE_URL = "https://news.google.com/rss/search?q=%22Spotify%22&hl=en-US&gl=US&ceid=US:en"
BING_URL = "https://www.bing.com/news/search?q=Klarna&format=rss"


def test_google_news_items() -> None:
    body = (FEEDS / "google_news_spotify.xml").read_bytes()
    feed = parse_feed(body, url=GOOGLE_URL)
    assert feed.title == '"Spotify" - Google News'
    assert feed.bozo is None
    first, second, third = feed.items
    assert first.title == "Spotify to cut 1,500 jobs in third round of layoffs"
    assert first.publisher == "The Example Times"
    assert first.link == "https://www.example.com/business/spotify-layoffs-2026.html"
    assert first.published == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    assert first.summary == ""  # only the headline and its outlet again: dropped
    assert second.title == "Spotify's CEO on AT&T deal"
    assert second.publisher == "Wire & Co"
    assert second.link == "https://www.example.org/tech/spotify-ceo?id=42"
    assert second.guid == "g2"
    assert second.summary == "Daniel Ek said more today."
    # no <source>: the suffix of a Google News title is the publisher
    assert (third.title, third.publisher) == ("Spotify hires new CFO", "Unknown Daily")
    assert third.link == "https://news.example.net/2026/02/spotify-cfo"
    assert third.summary == ""


def test_google_alerts_atom() -> None:
    body = (FEEDS / "google_alerts_slack.atom").read_bytes()
    feed = parse_feed(body, url="https://www.google.com/alerts/feeds/1/2")
    first, second = feed.items
    assert first.title == "Slack announces layoffs"
    assert first.link == "https://news.example.com/slack-layoffs?ref=home"
    assert first.published == datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
    assert first.summary == "Slack said on Monday ..."  # &nbsp; becomes a plain space
    assert first.publisher is None
    assert second.title == "Why Slack matters"
    assert second.link == "https://blog.example.com/slack"


def test_bing_news_source_by_local_name() -> None:
    body = (FEEDS / "bing_news_klarna.xml").read_bytes()
    (item,) = parse_feed(body, url=BING_URL).items
    assert item.title == "Klarna files for IPO"
    assert item.publisher == "Klarna Daily"
    assert item.link == "https://www.example.se/klarna-ipo"
    assert item.summary == "Klarna \u201cfiled\u201d today."


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("google_news_spotify.xml", GOOGLE_URL),
        ("google_alerts_slack.atom", "https://www.google.com/alerts/feeds/1/2"),
    ],
)
def test_fast_path_takes_our_fixtures_and_agrees_with_feedparser(name: str, url: str) -> None:
    body = (FEEDS / name).read_bytes()
    fast = fast_or_reason(body, url=url)
    if name.endswith(".atom"):  # no alternate link at feed level: feedparser decides
        assert fast == "no alternate link"
        return
    assert not isinstance(fast, str), fast
    assert fast == parse_slow(body, url=url)


def test_fast_path_declines_what_it_does_not_know() -> None:
    odd = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
    <link>https://e.com/</link><item><title>a</title><link>https://e.com/a</link>
    <itunes:summary xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">s</itunes:summary>
    </item></channel></rss>"""
    assert parse_fast(odd, url="https://e.com/f") is None
    assert parse_feed(odd, url="https://e.com/f").items[0].title == "a"
    latin = (
        b'<?xml version="1.0" encoding="iso-8859-1"?>'
        b'<rss version="2.0"><channel>\xe9</channel></rss>'
    )
    assert fast_or_reason(latin, url="https://e.com/f") == "encoding"


def test_bozo_feed_with_items_is_returned_with_bozo_set() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
    <item><title>Caf&eacute; &amp; more&nbsp;news</title><link>https://e.com/a</link></item>
    <item><title>Second</title><link>https://e.com/b</link></item></channel></rss>"""
    feed = parse_feed(body, url="https://e.com/f")
    assert feed.bozo
    assert [i.title for i in feed.items] == ["Café & more news", "Second"]


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>Blog</title></head><body><p>hi</p></body></html>"
    assert looks_like_html(page, "text/html; charset=utf-8")
    assert looks_like_html(page, None)
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(page, url="https://e.com/")


def test_feed_served_as_text_html_is_still_a_feed() -> None:
    body = (FEEDS / "google_news_spotify.xml").read_bytes()
    assert not looks_like_html(body, "text/html")
    feed = parse_feed(body, url=GOOGLE_URL, headers={"Content-Type": "text/html"})
    assert len(feed.items) == 3


@pytest.mark.parametrize(
    "body",
    [b"", b"just some text", b'{"json": true}', b"<?xml version='1.0'?><catalog><a/></catalog>"],
)
def test_no_feed_structure_is_a_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(body, url="https://e.com/f")


def _secret(tmp_path: Path) -> tuple[Path, str]:
    secret = "S3CRET-" + tmp_path.name
    path = tmp_path / "secret.txt"
    path.write_text(secret)
    return path, secret


def _all_output(body: bytes) -> str:
    out = []
    for parse in (parse_feed, parse_slow, parse_fast):
        try:
            out.append(repr(parse(body, url="https://e.com/f")))
        except ParseError as e:
            out.append(str(e))
    return "\n".join(out)


def test_external_entity_never_reads_a_local_file(tmp_path: Path) -> None:
    path, secret = _secret(tmp_path)
    for decl in (
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{path}">]>',
        f'<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{path}">\n]>',
        f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{path}"> %p; <!ENTITY xxe "x">]>',
        f'<!DOCTYPE rss SYSTEM "file://{path}">',
    ):
        body = (
            f'<?xml version="1.0"?>\n{decl}\n<rss version="2.0"><channel><title>t &xxe;</title>'
            f"<item><title>a &xxe;</title><link>https://e.com/a</link>"
            f"<description>&xxe;</description></item></channel></rss>"
        ).encode()
        assert secret not in _all_output(body), decl


def test_a_path_as_body_is_just_bytes(tmp_path: Path) -> None:
    path, secret = _secret(tmp_path)
    with pytest.raises(ParseError):
        parse_feed(str(path).encode(), url="https://e.com/f")
    assert secret not in _all_output(str(path).encode())
    assert secret not in _all_output(f"file://{path}".encode())


def test_one_line_billion_laughs_is_defused() -> None:
    ents = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{ents}]><rss version="2.0"><channel>'
        f"<item><title>&j;</title><link>https://e.com/a</link></item></channel></rss>"
    ).encode()
    out = _all_output(body)
    assert "hahahahaha" not in out
    assert len(out) < 100_000


def test_many_references_to_a_literal_entity_are_not_expanded() -> None:
    value = "x" * 200
    refs = "&big;" * 50_000
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{value}">]><rss version="2.0">'
        f"<channel><item><title>{refs}</title><link>https://e.com/a</link></item></channel></rss>"
    ).encode()
    assert len(_all_output(body)) < 2_000_000


def test_short_literal_entities_still_work() -> None:
    body = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY co "Example Corp">
<!ENTITY copy "&#169;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&co; news &copy;</title>
<link>https://e.com/a</link></item></channel></rss>"""
    assert parse_feed(body, url="https://e.com/f").items[0].title == "Example Corp news ©"


def test_utf16_document_with_a_dtd_is_refused() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [<!ENTITY a "b">]>'
        '<rss version="2.0"><channel><item><title>&a;</title></item></channel></rss>'
    ).encode("utf-16")
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(body, url="https://e.com/f")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://Example.COM:443/a/b?utm_source=x&id=3&UTM_Medium=y&fbclid=z#frag",
            "https://example.com/a/b?id=3",
        ),
        ("http://example.com:80", "http://example.com/"),
        ("https://example.com/story/amp", "https://example.com/story"),
        ("https://example.com/story?outputType=amp&page=2", "https://example.com/story?page=2"),
        (
            "https://www.google.com/amp/s/www.example.com/news/1.html",
            "https://www.example.com/news/1.html",
        ),
        (
            "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/1.html",
            "https://www.example.com/news/1.html",
        ),
        ("https://news.google.com/news/url?sa=t&url=http://e.com/x%3Fa%3D1", "http://e.com/x?a=1"),
        ("https://news.google.com/rss/articles/CBMiAU_yqLnotaurl?oc=5", None),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
        ("  https://e.com/a?b=%20c  ", "https://e.com/a?b=%20c"),
    ],
)
def test_canonical_url(url: str, expected: str | None) -> None:
    got = canonical_url(url)
    if expected is None:  # new-style Google News ids cannot be decoded: kept, minus tracking
        assert got == "https://news.google.com/rss/articles/CBMiAU_yqLnotaurl"
    else:
        assert got == expected


@given(
    st.from_regex(
        r"https?://[a-z]{1,8}\.(com|org)(/[a-z0-9]{0,6}){0,3}(\?[a-z_]{1,6}=[a-z0-9]{0,4}"
        r"(&[a-z_]{1,6}=[a-z0-9]{0,4}){0,3})?",
        fullmatch=True,
    )
)
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once
