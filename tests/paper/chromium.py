"""Print an HTML file as headless Chromium prints it, and count its pages with pdfinfo.

Chromium and poppler-utils are Debian packages; `.ci/run` installs them when they are missing,
so the paper tests run for real in CI rather than skip.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "chromium is needed to print the page (apt-get install chromium; .ci/run does)"
    return found


def print_pdf(html: Path, pdf: Path) -> Path:
    """`html` printed to `pdf` by headless Chromium, in a profile of its own, offline."""
    with tempfile.TemporaryDirectory(prefix="wellcheck-chromium-") as profile:
        subprocess.run(
            [
                chromium(),
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    assert pdf.exists() and pdf.stat().st_size > 0
    return pdf


def pdf_info(pdf: Path) -> dict[str, str]:
    tool = shutil.which("pdfinfo")
    assert tool, "pdfinfo is needed to count the pages (apt-get install poppler-utils)"
    out = subprocess.run([tool, str(pdf)], check=True, capture_output=True, text=True).stdout
    return dict(re.findall(r"^([^:]+):\s*(.*)$", out, re.MULTILINE))


def pages(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])


def page_text(pdf: Path, page: int | None = None) -> str:
    """The text on the printed pages (one page, or all), as pdftotext lays it out."""
    tool = shutil.which("pdftotext")
    assert tool
    where = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        [tool, "-layout", *where, str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return result.stdout


def png(pdf: Path, out_stem: Path, resolution: int = 80) -> list[Path]:
    """Each printed page as a PNG (pdftoppm -png -r 80): out_stem-1.png, …"""
    tool = shutil.which("pdftoppm")
    assert tool
    subprocess.run([tool, "-png", "-r", str(resolution), str(pdf), str(out_stem)], check=True)
    return sorted(out_stem.parent.glob(f"{out_stem.name}-*.png"))


@dataclass(frozen=True)
class Box:
    """One printed word, where pdftotext found it (points from the page's top left)."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return self.bottom - self.top


_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.DOTALL)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def word_boxes(pdf: Path) -> list[Box]:
    """Every word of every page with its box (`pdftotext -bbox`)."""
    tool = shutil.which("pdftotext")
    assert tool
    out = subprocess.run(
        [tool, "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes = []
    for n, page in enumerate(_PAGE.findall(out), start=1):
        for left, top, right, bottom, word in _WORD.findall(page):
            text = html.unescape(word)
            boxes.append(Box(n, float(left), float(top), float(right), float(bottom), text))
    return boxes
