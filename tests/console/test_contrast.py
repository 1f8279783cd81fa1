"""WCAG 2.1 AA colour contrast of the console, measured from its stylesheet and chart colours.

The CSS is parsed (custom properties resolved) and every text/background pair the pages actually put
together is checked: 4.5:1 for normal text, 3:1 for large text and for the boundaries of UI parts
(buttons, inputs, focus rings, the PHI highlight's outline, chart bars). A colour added to the CSS
without a pair here fails ``test_every_css_colour_is_checked``, so new colours cannot slip past.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediflow.api.ui import charts

CSS = Path(charts.__file__).with_name("static") / "console.css"
TEXT, LARGE_OR_UI = 4.5, 3.0
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def _rules(css: str) -> dict[str, dict[str, str]]:
    """selector -> {property: value}, for top-level rules and rules inside @media blocks."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)  # flatten: a nested rule reads like a top-level one
    out: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(css):
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                prop, value = decl.split(":", 1)
                decls[prop.strip()] = value.strip()
        for sel in selectors.split(","):
            out.setdefault(sel.strip(), {}).update(decls)
    return out


RULES = _rules(CSS.read_text())
VARS = {k: v for k, v in RULES[":root"].items() if k.startswith("--")}


def _hex(value: str) -> str:
    value = re.sub(r"var\((--[\w-]+)\)", lambda m: VARS[m.group(1)], value)
    found = _HEX.search(value)
    assert found, f"no colour in {value!r}"
    h = found.group(0).lower()
    return "#" + "".join(c * 2 for c in h[1:]) if len(h) == 4 else h


def css(selector: str, prop: str) -> str:
    """The colour ``selector`` declares for ``prop`` (``background`` also read from ``background-color``)."""
    decls = RULES[selector]
    value = decls.get(prop) or (decls.get("background-color") if prop == "background" else None)
    assert value, f"{selector} declares no {prop}"
    return _hex(value)


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


WHITE = "#ffffff"
PAGE = css("body", "background")
SOFT = _hex("var(--soft)")  # filters bar, <pre> text panels
REVIEW = css(".review", "background")
TOP = css(".top", "background")
FLAG_BG = css(".flag", "background")

# (what, foreground, background, minimum) — the combinations the templates actually render.
PAIRS: list[tuple[str, str, str, float]] = [
    ("body text", css("body", "color"), PAGE, TEXT),
    ("body text on the filters bar", css("body", "color"), css(".filters", "background"), TEXT),
    ("text in <pre> panels", css("body", "color"), css("pre.text", "background"), TEXT),
    ("text in dataset-card <pre>", css("body", "color"), css(".card pre", "background"), TEXT),
    ("text in the review panel", css("body", "color"), REVIEW, TEXT),
    ("links", css("a", "color"), PAGE, TEXT),
    ("links on the filters bar", css("a", "color"), SOFT, TEXT),
    ("links in the review panel", css("a", "color"), REVIEW, TEXT),
    ("top bar links", css(".top a", "color"), TOP, TEXT),
    ("top bar text", css(".top", "color"), TOP, TEXT),
    ("signed-in scope", css(".scope", "color"), TOP, TEXT),
    ("sign-out button text", css(".top", "color"), TOP, TEXT),
    ("sign-out button border", css(".signout button", "border-color"), TOP, LARGE_OR_UI),
    ("button text", css("button", "color"), css("button", "background"), TEXT),
    ("button against the page", css("button", "background"), PAGE, LARGE_OR_UI),
    ("button in the review panel", css("button", "background"), REVIEW, LARGE_OR_UI),
    ("danger button text", css("button", "color"), css("button.danger", "background"), TEXT),
    ("danger button against the page", css("button.danger", "background"), PAGE, LARGE_OR_UI),
    ("danger button in the review panel", css("button.danger", "background"), REVIEW, LARGE_OR_UI),
    ("muted captions and labels", css("caption", "color"), PAGE, TEXT),
    ("muted text on the filters bar", _hex("var(--muted)"), SOFT, TEXT),
    ("badges (.tag)", css(".tag", "color"), PAGE, TEXT),
    ("badges in the review panel", css(".tag", "color"), REVIEW, TEXT),
    ("badges on the filters bar", css(".tag", "color"), SOFT, TEXT),
    ("empty-state text", css(".empty", "color"), PAGE, TEXT),
    ("figure captions", css("figcaption", "color"), PAGE, TEXT),
    ("counts labels", css("dl.meta dt", "color"), PAGE, TEXT),
    ("errors", css(".error", "color"), PAGE, TEXT),
    ("errors in the review panel", css(".error", "color"), REVIEW, TEXT),
    ("PHI count badge", css(".flag", "color"), FLAG_BG, TEXT),
    ("PHI flag line", css(".flag-line", "color"), css(".flag-line", "background"), TEXT),
    ("PHI highlight text", css("mark.phi", "color"), css("mark.phi", "background"), TEXT),
    ("PHI highlight outline on the <pre> panel", css("mark.phi", "outline"), SOFT, LARGE_OR_UI),
    ("keyboard hints", css("body", "color"), css("kbd", "background"), TEXT),
    ("kbd border", css("kbd", "border"), css("kbd", "background"), LARGE_OR_UI),
    ("input borders", css("input", "border"), WHITE, LARGE_OR_UI),
    ("input text", css("body", "color"), WHITE, TEXT),
    ("skip link", css("body", "color"), css(".skip:focus", "background"), TEXT),
    ("focus ring on the page", css(":focus-visible", "outline"), PAGE, LARGE_OR_UI),
    ("focus ring on the filters bar", css(":focus-visible", "outline"), SOFT, LARGE_OR_UI),
    ("focus ring in the review panel", css(":focus-visible", "outline"), REVIEW, LARGE_OR_UI),
    ("focus ring on the top bar", css(":focus-visible", "outline"), TOP, LARGE_OR_UI),
    ("focus ring on the PHI count badge", css(":focus-visible", "outline"), FLAG_BG, LARGE_OR_UI),
    ("chart text", charts.INK, WHITE, TEXT),
    ("chart bars", charts.BAR, WHITE, LARGE_OR_UI),
]
# Colours that carry no information and mark no control (table rules, panel edges, chart grid lines):
# WCAG 1.4.11 does not ask these for contrast.
DECORATIVE = {_hex("var(--line)"), css(".review", "border"), charts.GRID}


@pytest.mark.parametrize(("what", "fg", "bg", "minimum"), PAIRS, ids=[p[0] for p in PAIRS])
def test_pair_meets_wcag_aa(what: str, fg: str, bg: str, minimum: float) -> None:
    assert ratio(fg, bg) >= minimum, f"{what}: {fg} on {bg} is {ratio(fg, bg):.2f}:1, needs {minimum}:1"


def test_every_css_colour_is_checked() -> None:
    checked = {c for _, fg, bg, _ in PAIRS for c in (fg, bg)} | DECORATIVE
    used = {_hex(m) for m in _HEX.findall(CSS.read_text())}
    assert used - checked == set(), "colours in console.css with no contrast pair in this test"


def test_the_ratio_matches_published_values() -> None:
    """The formula itself, against ratios WebAIM's checker gives."""
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_heat_map_labels_keep_contrast_on_every_shade() -> None:
    worst = min(ratio(*charts._cell_fill(i / 200)) for i in range(201))
    assert worst >= TEXT, f"a heat-map cell label is {worst:.2f}:1"


def test_line_chart_legend_colours_on_white() -> None:
    for colour in charts.PALETTE:
        assert ratio(colour, WHITE) >= TEXT, f"legend colour {colour} is {ratio(colour, WHITE):.2f}:1"
