"""What the user typed can never become markup, and the HTML report fetches nothing."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from clusteradvies.knowledge.base import KnowledgeBase
from tests.report.conftest import HOSTILE_GAP_NOTE, HOSTILE_NOTE, PORTNET, run


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_html_escapes_the_name_and_the_notes(hostile: Path, kb: KnowledgeBase) -> None:
    code, out, err = run("report", str(hostile))
    assert code == 0, err
    names = [tag for tag, _ in tags_of(out)]
    assert "script" not in names and "img" not in names
    assert all(not key.startswith("on") for _, attrs in tags_of(out) for key in attrs)
    escaped_name = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Partners&quot;"
    assert f"<h1>{escaped_name}" in out and f"<title>{escaped_name}" in out
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in out  # beside the answer
    assert "&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in out  # gap and appendix
    advice = out[out.index('id="advies"') : out.index('id="gaten"')].split('class="rank"')[1:]
    trust_prompt = html.escape(kb.questions["vertrouwen"].prompt.get("nl"))
    trust = [item for item in advice if trust_prompt in item]
    assert trust and all(item.count("alert(2)") == 1 for item in trust)
    appendix = out[out.index('id="bijlage"') :]
    assert appendix.count("alert(2)") == 1 and appendix.count("alert(3)") == 1


def test_markdown_escapes_the_name_and_keeps_notes_on_one_line(hostile: Path) -> None:
    code, out, err = run("report", str(hostile), "--format", "markdown")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith("# \\<script\\>alert(1)\\</script\\>")
    assert "\\*vet\\*" in first and "\\[x\\](http://evil.example)" in first
    assert not re.search(r"(?<!\\)<(script|img|/td)", out)  # every < the user typed is escaped
    lines = [line for line in out.splitlines() if "onerror" in line]
    assert lines and all("\\| \\[link\\](https://evil.example) \\# kop" in x for x in lines)
    assert not any(line.startswith("# kop") for line in out.splitlines())
    assert "\\</td\\>\\<script\\>alert(3)\\</script\\>" in out
    assert HOSTILE_NOTE not in out and HOSTILE_GAP_NOTE not in out


def test_html_needs_no_network_and_no_script() -> None:
    code, out, _ = run("report", str(PORTNET), "--top", "0")
    assert code == 0
    for tag, attrs in tags_of(out):
        assert tag not in ("script", "iframe", "object", "embed", "img", "base"), tag
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
        for key in ("src", "srcset", "action", "data", "poster"):
            assert key not in attrs, (tag, key)
        if "href" in attrs:
            assert (attrs["href"] or "").startswith("#"), attrs  # links stay in the document
    style = out[out.index("<style>") : out.index("</style>")]
    assert "@import" not in style and "url(" not in style
    assert "http://" not in out and "https://" not in out
