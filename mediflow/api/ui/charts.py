"""Server-rendered SVG charts: no script, no network; each has a title and a text alternative."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

INK = "#1a1a1a"
BAR = "#1f5fa8"  # 6.6:1 against white
GRID = "#c8c8c8"
PALETTE = ("#1f5fa8", "#b3261e", "#2e7d32", "#6a1b9a", "#8d5200")  # line-chart series, legend text too
_ROW_H = 22
_LABEL_W = 190


def _svg(width: int, height: int, title: str, body: str) -> Markup:
    t = escape(title)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{t}" class="chart" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{t}</title>{body}</svg>'
    )


def _text(x: float, y: float, s: object, anchor: str = "start", fill: str = INK, size: int = 12) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" '
        f'text-anchor="{anchor}">{escape(str(s))}</text>'
    )


def bar_chart(items: Sequence[tuple[str, float]], title: str, width: int = 560) -> Markup:
    """Horizontal bars, one per (label, value), largest scale first as given."""
    if not items:
        return Markup(f'<p class="empty">{escape(title)}: nothing to show.</p>')
    top = max(v for _, v in items) or 1
    span = width - _LABEL_W - 60
    body = []
    for i, (label, value) in enumerate(items):
        y = i * _ROW_H + 4
        w = max(1.0, span * value / top) if value else 0
        body.append(_text(_LABEL_W - 6, y + 14, label[:30], "end"))
        body.append(f'<rect x="{_LABEL_W}" y="{y}" width="{w:.1f}" height="{_ROW_H - 6}" fill="{BAR}"/>')
        body.append(_text(_LABEL_W + w + 4, y + 14, f"{value:g}"))
    return _svg(width, len(items) * _ROW_H + 8, title, "".join(body))


def histogram(counts: Mapping[str, int], title: str, width: int = 260, height: int = 140) -> Markup:
    """Vertical bars over ordered bins (judge scores 1..5 in halves)."""
    if not counts:
        return Markup(f'<p class="empty">{escape(title)}: no scores.</p>')
    bins = sorted(counts, key=float)
    top = max(counts.values()) or 1
    plot_h = height - 34
    step = (width - 20) / len(bins)
    body = [_text(4, 12, title, size=12)]
    for i, b in enumerate(bins):
        h = plot_h * counts[b] / top * 0.85
        x = 10 + i * step
        body.append(
            f'<rect x="{x + 2:.1f}" y="{height - 18 - h:.1f}" width="{step - 4:.1f}" height="{h:.1f}" '
            f'fill="{BAR}"><title>{escape(b)}: {counts[b]}</title></rect>'
        )
        body.append(_text(x + step / 2, height - 5, b, "middle", size=10))
        body.append(_text(x + step / 2, height - 21 - h, counts[b], "middle", size=10))
    return _svg(width, height, title, "".join(body))


def _cell_fill(ratio: float) -> tuple[str, str]:
    """A white-to-blue fill by kept/planned, and a text colour that keeps contrast on it."""
    r = max(0.0, min(1.0, ratio))
    light = (255 - int(224 * r), 255 - int(160 * r), 255 - int(88 * r))
    fill = "#{:02x}{:02x}{:02x}".format(*light)
    # Whichever of black or white contrasts more: only these two keep 4.5:1 on every shade (a fixed
    # switch point between #1a1a1a and white left 2.5:1 there; tests/console/test_contrast.py).
    return fill, max(("#000000", "#ffffff"), key=lambda ink: contrast(fill, ink))


def _luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def heatmap(
    rows: Sequence[str], cols: Sequence[str], cells: Mapping[tuple[str, str], tuple[int, int]], title: str
) -> Markup:
    """Planned vs kept per (row, col): the cell reads "kept/planned", shaded by the share kept."""
    if not rows or not cols:
        return Markup(f'<p class="empty">{escape(title)}: no planned rows yet.</p>')
    cw, ch = 64, 24
    width, height = _LABEL_W + cw * len(cols) + 10, ch * (len(rows) + 1) + 10
    body = [_text(_LABEL_W + i * cw + cw / 2, 16, c, "middle") for i, c in enumerate(cols)]
    for j, r in enumerate(rows):
        y = ch * (j + 1)
        body.append(_text(_LABEL_W - 6, y + 16, r[:30], "end"))
        for i, c in enumerate(cols):
            planned, kept = cells.get((r, c), (0, 0))
            fill, ink = _cell_fill(kept / planned if planned else 0.0)
            x = _LABEL_W + i * cw
            body.append(
                f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" fill="{fill}" stroke="{GRID}">'
                f"<title>{escape(r)} × {escape(c)}: {kept} kept of {planned} planned</title></rect>"
            )
            if planned:
                body.append(_text(x + cw / 2, y + 16, f"{kept}/{planned}", "middle", ink, 11))
    return _svg(width, height, title, "".join(body))


def line_chart(series: Mapping[str, Sequence[tuple[float, float]]], title: str, width: int = 560) -> Markup:
    """One polyline per series (training loss per step), on shared axes."""
    points = [p for s in series.values() for p in s]
    if not points:
        return Markup(f'<p class="empty">{escape(title)}: no steps logged yet.</p>')
    height, pad = 200, 36
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    sx = (width - 2 * pad) / ((x1 - x0) or 1)
    sy = (height - 2 * pad) / ((y1 - y0) or 1)
    body = [
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="{GRID}"/>',
        _text(pad, height - pad + 16, f"{x0:g}"),
        _text(width - pad, height - pad + 16, f"{x1:g}", "end"),
        _text(4, pad, f"{y1:.3g}"),
        _text(4, height - pad, f"{y0:.3g}"),
    ]
    for k, (name, pts) in enumerate(series.items()):
        colour = PALETTE[k % len(PALETTE)]
        path = " ".join(f"{pad + (x - x0) * sx:.1f},{height - pad - (y - y0) * sy:.1f}" for x, y in pts)
        body.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{path}"/>')
        body.append(_text(pad + 8 + 140 * k, 14, name, fill=colour))
    return _svg(width, height, title, "".join(body))
