"""The HTML report as a real browser draws it: headless Chromium, on a desktop and a phone.

Skipped where no Chromium is installed (Debian: ``apt-get install chromium``); where it is, a
screenshot that is blank, or lacks the chart's green bars, fails.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.report.conftest import PARTNERS, run
from tests.report.png import read_png

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
STRONG_BAR = (0x2F, 0x85, 0x5A)
"""The fill of a bar in band "sterk"; PortNET has five such categories."""
WEAK_BAR = (0xC5, 0x30, 0x30)
"""The fill of a bar in band "zwak": five of the shopkeepers' six shared categories."""
DISAGREEMENT_BADGE = (0x8A, 0x4B, 0x08)
"""The numbered circle of each disagreement between partners."""

pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no headless browser: install Debian's chromium (apt-get install chromium) to render "
    "the HTML report",
)


def screenshot(page: Path, out: Path, width: int, height: int) -> Path:
    assert BROWSER is not None
    # No network at all: the flags stop Chromium's own background traffic, and the report
    # itself must not need any (test_escaping checks that it asks for none).
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={out.parent / 'chromium-profile'}",
        f"--screenshot={out}",
        f"--window-size={width},{height}",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert out.is_file(), f"Chromium made no screenshot (exit {done.returncode}): {done.stderr}"
    return out


STRONG = ROOT / "evaluation" / "projects" / "sterk-installatiekoppeling.yaml"


@pytest.mark.parametrize(("lang", "width"), [("nl", 1200), ("en", 390)])
def test_report_renders_with_its_chart(tmp_path: Path, lang: str, width: int) -> None:
    page = tmp_path / "rapport.html"
    # A project that answers nearly everything, so its categories have a definite (strong) band.
    code, _, err = run("report", str(STRONG), "--lang", lang, "-o", str(page))
    assert code == 0, err
    image = read_png(screenshot(page, tmp_path / f"shot-{lang}.png", width, 1400))
    assert (image.width, image.height) == (width, 1400)
    assert image.share_unlike_background() > 0.2, "the page looks blank"
    assert image.count_near(STRONG_BAR) > 2000, "the profile chart's bars were not drawn"


def test_combined_report_renders_the_differences_between_partners(tmp_path: Path) -> None:
    page = tmp_path / "partners.html"
    code, _, err = run("report", *PARTNERS, "-o", str(page))
    assert code == 0, err
    # Tall enough to reach the disagreements, which follow the profile.
    image = read_png(screenshot(page, tmp_path / "shot-partners.png", 1200, 3200))
    assert image.share_unlike_background() > 0.2, "the page looks blank"
    assert image.count_near(WEAK_BAR) > 5000, "the profile chart's bars were not drawn"
    assert image.count_near(DISAGREEMENT_BADGE, 6) > 1000, "the disagreements were not drawn"
