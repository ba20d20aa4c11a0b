"""Static chart images (PNG/SVG) through kaleido and Debian's Chromium."""
from __future__ import annotations

import shutil


def image_export_available() -> bool:
    return any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome"))


def figure_image(fig, fmt: str, *, width: int = 1200, height: int | None = None) -> bytes:
    """Render a figure to PNG or SVG; raises RuntimeError with a hint when no browser is found."""
    import plotly.io as pio

    if not image_export_available():
        raise RuntimeError("PNG/SVG export needs Chromium (Debian: apt-get install chromium); "
                           "download the interactive HTML instead")
    pio.defaults.mathjax = False
    h = height or fig.layout.height or 520
    return fig.to_image(format=fmt, width=width, height=h, scale=2 if fmt == "png" else 1)
