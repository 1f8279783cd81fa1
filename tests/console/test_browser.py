"""The console in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

The API and a worker run as subprocesses on one SQLite database, against a loopback OpenAI-compatible
teacher: sign in, create a job from a pasted spec and watch it progress, filter samples, review a
PHI-flagged row with the keyboard, edit one, export the accepted rows and check the export holds
exactly them; then CSRF and scope refusals. A screenshot of each page is saved; the path is printed.
"""

from __future__ import annotations

import html
import io
import itertools
import json
import shutil
import subprocess
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

if not (shutil.which("chromium") and shutil.which("chromedriver")):
    pytest.skip(
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from datasets import load_from_disk
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select
from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import Sample
from tests.support.auth import bearer, make_api_key
from tests.support.loopback import LoopbackTeacher, Reply, clinical_document
from tests.support.processes import (
    LOOPBACK_TEACHERS,
    free_port,
    local_settings,
    start_api,
    start_worker,
    stop,
)
from tests.support.waiting import wait_until

pytestmark = pytest.mark.slow
N_SAMPLES = 12


_DOCUMENTS = itertools.count()


def teacher_reply(request: dict[str, Any], call_no: int) -> Reply:
    """Distinct rows (no duplicates), a real-looking identifier in every third document, a little latency."""
    text = " ".join(str(m.get("content", "")) for m in request.get("messages", []))
    delay = 0.08
    if "Write one instruction" in text:
        return Reply(
            f"Question {call_no}: name the most likely diagnosis and cite the finding.", delay_s=delay
        )
    if "Answer format:" in text:
        if request.get("response_format"):
            return Reply(json.dumps({"answer": f"Pneumonia (call {call_no})"}), delay_s=delay)
        return Reply(f"Right lower lobe pneumonia (call {call_no}).", delay_s=delay)
    doc = clinical_document(call_no)
    if next(_DOCUMENTS) % 3 == 0:
        doc += "\nPatient phone: 617-555-0142. MRN: 48213377."
    return Reply(doc, delay_s=delay)


def wait_for(what: str, check: Callable[[], Any], timeout: float = 90.0, every: float = 0.2) -> Any:
    """``wait_until`` for a check that reads the page, which may raise while the page changes."""
    last: list[WebDriverException] = []

    def tolerant() -> Any:
        try:
            return check()
        except WebDriverException as exc:
            # A click that submits a form returns before the next page has loaded: until it has,
            # an element may be gone (the old page is unloading: stale, or chromedriver's "Node with
            # given id does not belong to the document"), not there yet, or the page's scripts may not
            # run. A lasting error is reported with the timeout.
            last[:] = [exc]
            return None

    try:
        return wait_until(tolerant, timeout, what, every)
    except AssertionError as timed_out:
        if last:
            raise AssertionError(f"{timed_out}; last error: {last[0].msg}") from None
        raise


class Stack:
    """The API and a worker as subprocesses, on one SQLite database, against a loopback teacher."""

    def __init__(
        self, tmp: Path, settings: Settings, teacher_url: str, keys: dict[str, str], shots: Path
    ) -> None:
        self.tmp, self.settings, self.teacher_url, self.keys, self.shots = (
            tmp,
            settings,
            teacher_url,
            keys,
            shots,
        )
        self.url = settings.resolved_database_url
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.http = httpx.Client(base_url=self.base, timeout=30)
        self.api_proc = self._start_api()

    def _start_api(self) -> subprocess.Popen[bytes]:
        proc = start_api(self.settings, self.port, self.tmp / "api.log")
        wait_for("the API", lambda: _ready(self.http), 60)
        return proc

    def restart_api(self) -> None:
        stop(self.api_proc)
        self.api_proc = self._start_api()

    def api(self, path: str, **params: Any) -> Any:
        resp = self.http.get(path, params=params, headers=bearer(self.keys["admin"]))
        resp.raise_for_status()
        return resp.json()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("console")
    url = f"sqlite:///{tmp / 'mediflow.sqlite'}"
    upgrade(url)
    settings = local_settings(
        tmp,
        url,
        heartbeat_interval_s=0.5,
        stall_timeout_s=30.0,
        stall_scan_interval_s=1.0,
        **LOOPBACK_TEACHERS,  # the operator lets jobs name the loopback teacher (ad-hoc URLs are off)
    )
    keys = {
        "admin": make_api_key(url, "admin", "dr-admin"),
        "reader": make_api_key(url, "read", "reader"),
    }
    shots = tmp_path_factory.mktemp("console-screenshots")
    print(f"\nconsole screenshots: {shots}")
    with LoopbackTeacher(teacher_reply) as teacher:
        worker = start_worker(settings, tmp / "worker.log", concurrency=2)
        stack = None
        try:
            stack = Stack(tmp, settings, teacher.base_url, keys, shots)
            yield stack
        finally:
            if stack is not None:
                stack.http.close()
                stop(stack.api_proc)
            stop(worker)


def _ready(http: httpx.Client) -> bool:
    try:
        return http.get("/readyz").status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


UNLABELLED = """
    return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
      .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
      .map(el => el.name || el.id);
"""


def shot(stack: Stack, driver: WebDriver, name: str) -> None:
    """Save a screenshot, and check on the way that every form control on the page has a label."""
    driver.save_screenshot(str(stack.shots / f"{name}.png"))
    assert driver.execute_script(UNLABELLED) == [], f"unlabelled controls on {driver.current_url}"


def sign_in(stack: Stack, driver: WebDriver, key: str, then: str = "/ui/jobs") -> None:
    driver.get(stack.base + then)
    wait_for("the sign-in page", lambda: "/ui/login" in driver.current_url)
    field = driver.find_element(By.ID, "api_key")
    field.send_keys(key + Keys.ENTER)
    wait_for("signed in", lambda: driver.current_url.startswith(stack.base + then))


def _mark_page(driver: WebDriver) -> Callable[[], bool]:
    """Mark the page now shown; the check is true once another document has fully loaded.

    A new document has a new ``window``, so the mark is gone; reading an element of the old page
    instead races with its unloading (chromedriver fails with an error that is not "stale")."""
    driver.execute_script("window.__mediflowOldPage = true")

    def check() -> bool:
        return bool(
            driver.execute_script(
                "return window.__mediflowOldPage === undefined && document.readyState === 'complete'"
            )
        )

    return check


def sample_rows(driver: WebDriver) -> list[int]:
    return [
        int(r.get_attribute("data-sample") or 0)
        for r in driver.find_elements(By.CSS_SELECTOR, "tr[data-sample]")
    ]


def press(driver: WebDriver, keys: str) -> None:
    """Type at the page (not into a field), as a keyboard user does."""
    changed = _mark_page(driver)
    webdriver.ActionChains(driver).send_keys(keys).perform()
    wait_for("the next page", changed, 30)


def test_review_loop_end_to_end(stack: Stack, browser: WebDriver) -> None:
    d = browser
    # Sign in: a wrong key is refused, the right one lands on the jobs list.
    d.get(stack.base + "/ui/jobs")
    assert "/ui/login" in d.current_url
    shot(stack, d, "01-login")
    d.find_element(By.ID, "api_key").send_keys("mfk_000000000000_nope" + Keys.ENTER)
    assert "invalid or revoked" in wait_for("the error", lambda: d.find_element(By.ID, "login-error").text)
    d.find_element(By.ID, "api_key").send_keys(stack.keys["admin"] + Keys.ENTER)
    wait_for("the jobs page", lambda: d.current_url.endswith("/ui/jobs"))
    cookie = d.get_cookie("mediflow_session")
    assert cookie is not None and cookie["httpOnly"] and cookie["sameSite"] == "Strict"

    # Create a job from a pasted spec and watch its progress bar move to the end.
    d.get(stack.base + "/ui/jobs/new")
    spec = {
        "n_samples": N_SAMPLES,
        "teacher": {
            "backend": "openai",
            "base_url": stack.teacher_url,
            "model": "loopback",
            "concurrency": 1,
        },
        # The judge is on by default; this scripted teacher does not answer judge prompts.
        "quality": {"dedup": {"enabled": False}, "judge": None},
        "output_formats": ["plain_text"],
    }
    d.find_element(By.ID, "spec").send_keys(json.dumps(spec))
    shot(stack, d, "02-new-job")
    d.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    wait_for("the job page", lambda: "/ui/jobs/" in d.current_url and "/new" not in d.current_url)
    job_id = d.current_url.rsplit("/", 1)[1]
    d.get(stack.base + "/ui/jobs")
    seen: set[float] = set()

    def finished() -> bool:
        # Read the bar and the status in one script: the page's poller rewrites their text nodes
        # every second, and a read spread over several WebDriver calls can land between two writes
        # (chromedriver then fails with "Node with given id does not belong to the document").
        value, status = d.execute_script(
            "const box = document.querySelector(arguments[0]);"
            "return [box.querySelector('progress').value,"
            " box.querySelector('[data-field=\"status\"]').textContent.trim()];",
            f'.progress[data-job="{job_id}"]',
        )
        seen.add(float(value or 0))
        return bool(status == "completed")

    wait_for("the job to complete on the page", finished, 120, every=0.1)
    assert any(0 < v < 100 for v in seen), f"no intermediate progress seen: {sorted(seen)}"
    assert 100.0 in seen or d.find_element(By.CSS_SELECTOR, "progress").get_attribute("value") == "100"
    shot(stack, d, "03-jobs")
    d.get(stack.base + f"/ui/jobs/{job_id}")
    assert d.find_element(By.CSS_SELECTOR, "svg.chart title").get_attribute("textContent")
    shot(stack, d, "04-job")

    # Filter samples: PHI-flagged rows only, then a text search.
    d.get(stack.base + f"/ui/samples?job_id={job_id}")
    Select(d.find_element(By.ID, "f-phi")).select_by_value("yes")
    changed = _mark_page(d)
    d.find_element(By.ID, "apply-filters").click()
    wait_for("the filtered page", changed)
    assert "phi=yes" in d.current_url
    flagged = sample_rows(d)
    phi_ids = _flagged_in_db(stack, job_id)
    assert flagged and set(flagged) == phi_ids
    api_flagged = sorted(phi_ids)
    shot(stack, d, "05-samples-filtered")
    d.find_element(By.ID, "f-q").clear()
    Select(d.find_element(By.ID, "f-phi")).select_by_value("")
    some = stack.api(f"/v1/samples/{api_flagged[0]}")
    changed = _mark_page(d)
    d.find_element(By.ID, "f-q").send_keys(some["instruction"].split(":")[0] + ":" + Keys.ENTER)
    wait_for("the search results", changed)
    assert sample_rows(d) == [some["id"]]

    # The review queue opens on a PHI-flagged row, with the identifiers highlighted.
    # audit=100 puts every kept row in the queue after the risky ones, so the keyboard walk below has
    # rows to move on to however many the PHI screen flags in this 12-row job.
    d.get(stack.base + f"/ui/jobs/{job_id}/review?audit=100")
    assert "phi" in d.find_element(By.ID, "queue-reasons").text
    marks = d.find_elements(By.CSS_SELECTOR, "mark.phi")
    assert any("617-555-0142" in m.text for m in marks)
    shot(stack, d, "06-review-queue")
    first = int(d.find_element(By.CSS_SELECTOR, "#review-form").get_attribute("action").split("/")[-2])  # type: ignore[union-attr]
    assert first in phi_ids
    # Keyboard only: r focuses the reason, Enter rejects.
    webdriver.ActionChains(d).send_keys("r").perform()
    assert d.switch_to.active_element.get_attribute("id") == "reason"
    changed = _mark_page(d)
    d.switch_to.active_element.send_keys("Real phone number and MRN in the note" + Keys.ENTER)
    wait_for("the next row", changed)
    decisions = stack.api(f"/v1/samples/{first}/reviews")
    assert [r["decision"] for r in decisions["items"]] == ["reject"]
    assert decisions["items"][0]["reviewer"] == "dr-admin"
    # a accepts the next one.
    second = int(d.find_element(By.CSS_SELECTOR, "#review-form").get_attribute("action").split("/")[-2])  # type: ignore[union-attr]
    press(d, "a")
    assert stack.api(f"/v1/samples/{second}/reviews")["state"]["status"] == "accepted"
    # e opens the editor on the output; the edit is saved, the original kept.
    third = int(d.find_element(By.CSS_SELECTOR, "#review-form").get_attribute("action").split("/")[-2])  # type: ignore[union-attr]
    original = stack.api(f"/v1/samples/{third}")["output"]
    webdriver.ActionChains(d).send_keys("e").perform()
    editor = d.switch_to.active_element
    assert editor.get_attribute("id") == "edit-output"
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys("Right lower lobe pneumonia; edited by a clinician.")
    shot(stack, d, "07-editing")
    d.find_element(By.ID, "btn-edit").click()
    wait_for("saved", lambda: stack.api(f"/v1/samples/{third}/reviews")["items"])
    state = stack.api(f"/v1/samples/{third}/reviews")["state"]
    assert state["edits"] == {"output": "Right lower lobe pneumonia; edited by a clinician."}
    assert stack.api(f"/v1/samples/{third}")["output"] == original
    press(d, "a")
    accepted = {second, third, _last_reviewed(stack, job_id)}
    assert first not in accepted

    # An API restart loses nothing: the session and every review live in the database.
    stack.restart_api()
    d.get(stack.base + f"/ui/samples/{first}")
    assert d.find_element(By.ID, "review-status").text == "rejected"
    assert "Real phone number and MRN in the note" in d.find_element(By.ID, "review-history").text
    shot(stack, d, "08-sample-after-restart")

    # Export the accepted rows only; the card counts them; the download holds exactly them.
    d.get(stack.base + f"/ui/exports?job_id={job_id}")
    Select(d.find_element(By.ID, "x-reviewed")).select_by_value("accepted")
    shot(stack, d, "09-exports")
    d.find_element(By.ID, "create-export").click()
    wait_for(
        "the export",
        lambda: d.find_element(By.ID, "export-status").get_attribute("data-status") == "completed",
        120,
    )
    card = d.find_element(By.ID, "card").text
    assert "3 of 3 rows were reviewed by a person" in card
    shot(stack, d, "10-export")
    href = d.find_element(By.ID, "download").get_attribute("href")
    session = d.get_cookie("mediflow_session")
    assert href and session
    archive = stack.http.get(href, cookies={"mediflow_session": session["value"]})
    assert archive.status_code == 200
    instructions = _exported(archive.content, stack.shots.parent / "download")
    expected = {stack.api(f"/v1/samples/{i}")["instruction"]: i for i in accepted}
    assert set(instructions) == set(expected)
    assert instructions[stack.api(f"/v1/samples/{third}")["instruction"]] == (
        "Right lower lobe pneumonia; edited by a clinician."
    )

    for name, path in (
        ("11-training", "/ui/training"),
        ("12-sessions", "/ui/sessions"),
        ("13-new-job", "/ui/jobs/new"),
    ):
        d.get(stack.base + path)
        assert d.find_element(By.TAG_NAME, "h1").text
        shot(stack, d, name)
    assert list(stack.shots.glob("*.png"))


def _flagged_in_db(stack: Stack, job_id: str) -> set[int]:
    with session_scope(stack.url) as s:
        query = select(Sample.id).where(Sample.job_id == job_id, Sample.phi_count > 0)
        return set(s.scalars(query))


def _last_reviewed(stack: Stack, job_id: str) -> int:
    items = stack.api(f"/v1/generation-jobs/{job_id}/reviews", limit=500)["items"]
    return int(items[-1]["sample_id"])


def _exported(blob: bytes, where: Path) -> dict[str, str]:
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
        tar.extractall(where, filter="data")
    [card] = list(where.rglob("README.md"))
    dd = load_from_disk(str(card.parent))
    return {r["instruction"]: r["output"] for split in dd.values() for r in split}


def test_csrf_and_scope_refusals(stack: Stack, browser: WebDriver) -> None:
    d = browser
    sign_in(stack, d, stack.keys["reader"])
    csrf = d.find_element(By.TAG_NAME, "body").get_attribute("data-csrf")
    assert csrf
    post = """
        const [url, body, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
        fetch(url, {method: 'POST', body: new URLSearchParams(body), credentials: 'same-origin'})
          .then(r => r.text().then(t => done([r.status, t])));
    """
    # No CSRF token: refused before anything else is looked at.
    status, text = d.execute_async_script(post, "/ui/jobs/nope/cancel", {})
    assert status == 403 and "CSRF" in text
    status, _ = d.execute_async_script(post, "/ui/logout", {"csrf_token": "x" * 64})
    assert status == 403
    # A valid token but a read key: the scope is refused.
    status, text = d.execute_async_script(
        post, "/ui/samples/1/review", {"csrf_token": csrf, "decision": "accept"}
    )
    assert status == 403 and "'review' is needed" in html.unescape(text)
    d.get(stack.base + "/ui/jobs/new")
    assert "'write' is needed" in d.find_element(By.ID, "error-message").text
    shot(stack, d, "14-scope-refused")
    # Signing out revokes the session: the old cookie no longer works.
    old = d.get_cookie("mediflow_session")
    assert old is not None
    d.find_element(By.CSS_SELECTOR, "form.signout button").click()
    wait_for("signed out", lambda: "/ui/login" in d.current_url)
    again = stack.http.get("/ui/jobs", cookies={"mediflow_session": old["value"]}, follow_redirects=False)
    assert again.status_code == 303 and "/ui/login" in again.headers["location"]
