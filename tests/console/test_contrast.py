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
REVIEW = css(".review", "background")
TOP = css(".top", "background")
FLAG_BG = css(".flag", "background")
# Where text and controls sit: the backgrounds a foreground is checked against, by name.
PLACES = {
    "page": PAGE,
    "filters bar": css(".filters", "background"),
    "<pre>": css("pre.text", "background"),
    "card <pre>": css(".card pre", "background"),
    "review panel": REVIEW,
    "top bar": TOP,
    "PHI badge": FLAG_BG,
    "kbd": css("kbd", "background"),
    "input": WHITE,
}
Pair = tuple[str, str, str, float]  # (what, foreground, background, minimum)


def on(what: str, fg: str, minimum: float, *places: str) -> list[Pair]:
    """``fg`` against the background of each place: one pair each, named "<what> on <place>"."""
    return [(f"{what} on {place}", fg, PLACES[place], minimum) for place in places]


# The combinations the templates actually render.
PAIRS: list[Pair] = [
    *on(
        "body text", css("body", "color"), TEXT, "page", "filters bar", "<pre>", "card <pre>", "review panel"
    ),
    *on("body text", css("body", "color"), TEXT, "kbd", "input"),
    *on("links", css("a", "color"), TEXT, "page", "filters bar", "review panel"),
    *on("top bar text", css(".top", "color"), TEXT, "top bar"),
    *on("sign-out button text", css(".top", "color"), TEXT, "top bar"),
    *on("top bar links", css(".top a", "color"), TEXT, "top bar"),
    *on("signed-in scope", css(".scope", "color"), TEXT, "top bar"),
    *on("sign-out button border", css(".signout button", "border-color"), LARGE_OR_UI, "top bar"),
    ("button text", css("button", "color"), css("button", "background"), TEXT),
    ("danger button text", css("button", "color"), css("button.danger", "background"), TEXT),
    *on("button", css("button", "background"), LARGE_OR_UI, "page", "review panel"),
    *on("danger button", css("button.danger", "background"), LARGE_OR_UI, "page", "review panel"),
    *on("muted captions and labels", css("caption", "color"), TEXT, "page"),
    *on("muted text", _hex("var(--muted)"), TEXT, "filters bar"),
    *on("badges (.tag)", css(".tag", "color"), TEXT, "page", "review panel", "filters bar"),
    *on("empty-state text", css(".empty", "color"), TEXT, "page"),
    *on("figure captions", css("figcaption", "color"), TEXT, "page"),
    *on("counts labels", css("dl.meta dt", "color"), TEXT, "page"),
    *on("errors", css(".error", "color"), TEXT, "page", "review panel"),
    *on("PHI count", css(".flag", "color"), TEXT, "PHI badge"),
    ("PHI flag line", css(".flag-line", "color"), css(".flag-line", "background"), TEXT),
    ("PHI highlight text", css("mark.phi", "color"), css("mark.phi", "background"), TEXT),
    *on("PHI highlight outline", css("mark.phi", "outline"), LARGE_OR_UI, "<pre>"),
    ("kbd border", css("kbd", "border"), css("kbd", "background"), LARGE_OR_UI),
    *on("input borders", css("input", "border"), LARGE_OR_UI, "input"),
    ("skip link", css("body", "color"), css(".skip:focus", "background"), TEXT),
    *on("focus ring", css(":focus-visible", "outline"), LARGE_OR_UI, "page", "filters bar", "review panel"),
    *on("focus ring", css(":focus-visible", "outline"), LARGE_OR_UI, "top bar", "PHI badge"),
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
