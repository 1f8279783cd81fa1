"""The egress guard: URL shapes, the allow-list, private addresses refused at connect time, no redirects."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mediflow.core.egress import EgressPolicy, EgressRefused, parse_origin
from mediflow.core.settings import Settings
from mediflow.generators.teachers.base import ChatRequest, TeacherError
from mediflow.generators.teachers.openai_backend import OpenAITeacher
from tests.support.loopback import LoopbackTeacher

REQUEST = ChatRequest([{"role": "user", "content": "hi"}], 16, 0.0)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/v1", "only http and https"),
        ("http://user:pw@example.org/v1", "user name or password"),
        ("http://example.org@127.0.0.1/v1", "user name or password"),
        ("http://127.0.0.1:8000/admin/x?y=", "query or a fragment"),
        ("https://example.org/v1#frag", "query or a fragment"),
        ("http:///v1", "no host"),
        ("http://example.org:99999/v1", "cannot be parsed"),
    ],
)
def test_url_shapes_are_refused(url: str, reason: str) -> None:
    with pytest.raises(EgressRefused, match=reason):
        parse_origin(url)


def test_https_is_required_in_production() -> None:
    with pytest.raises(EgressRefused, match="https"):
        parse_origin("http://api.example.org/v1", require_https=True)
    assert parse_origin("https://api.example.org/v1", require_https=True).port == 443


def test_the_allow_list_matches_origins_exactly() -> None:
    policy = EgressPolicy(["https://api.openai.com", "http://127.0.0.1:*", "https://*.openai.azure.com"])
    policy.check_url("https://api.openai.com/v1")
    policy.check_url("http://127.0.0.1:4321/v1")
    policy.check_url("https://east.openai.azure.com")
    for url in (
        "https://api.openai.com:8443/v1",  # another port
        "http://api.openai.com/v1",  # another scheme
        "https://api.openai.com.evil.org/v1",  # a suffix trick
        "http://127.0.0.2:80/v1",
        "https://openai.azure.com.evil/x",
    ):
        with pytest.raises(EgressRefused, match="not on the egress allow-list"):
            policy.check_url(url)


def test_private_addresses_are_refused_unless_their_network_is_listed() -> None:
    closed = EgressPolicy()
    for ip in (
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "192.168.0.1",
        "::1",
        "fe80::1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
    ):
        with pytest.raises(EgressRefused, match="not allowed"):
            closed.check_addresses("h", [ip])
    assert closed.check_addresses("h", ["8.8.8.8", "127.0.0.1"]) == ["8.8.8.8"]
    assert EgressPolicy(private_networks=["127.0.0.0/8"]).check_addresses("h", ["127.0.0.1"]) == ["127.0.0.1"]
    with pytest.raises(EgressRefused):
        EgressPolicy().resolve("localhost", 80)  # resolves to loopback only


def test_settings_refuse_a_malformed_allow_list() -> None:
    with pytest.raises(ValueError, match="egress settings"):
        Settings(egress_allow=["127.0.0.1"])


async def test_a_listed_origin_on_an_unlisted_network_is_never_connected() -> None:
    """Origin on the allow-list, address private and not listed: refused at connect, nothing received."""
    with LoopbackTeacher() as srv:
        policy = EgressPolicy(["http://127.0.0.1:*"])  # no private networks
        teacher = OpenAITeacher(
            "m", base_url=srv.base_url, api_key="sk-x", timeout_s=5, max_retries=0, egress=policy
        )
        with pytest.raises(TeacherError) as err:
            await teacher.complete(REQUEST)
        await teacher.aclose()
    assert err.value.reason == "egress_refused" and err.value.permanent
    assert srv.calls == 0


class _Redirector(BaseHTTPRequestHandler):
    target = ""

    def do_POST(self) -> None:
        self.send_response(307)
        self.send_header("Location", self.target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def redirector() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


async def test_redirects_are_not_followed(redirector: ThreadingHTTPServer) -> None:
    with LoopbackTeacher() as elsewhere:
        _Redirector.target = f"{elsewhere.base_url}/chat/completions"
        policy = EgressPolicy(["http://127.0.0.1:*"], ["127.0.0.0/8"])
        url = f"http://127.0.0.1:{redirector.server_address[1]}/v1"
        teacher = OpenAITeacher(
            "m", base_url=url, api_key="sk-secret-abcdef12", timeout_s=5, max_retries=0, egress=policy
        )
        with pytest.raises(TeacherError) as err:
            await teacher.complete(REQUEST)
        await teacher.aclose()
        await asyncio.sleep(0)
    assert err.value.reason == "teacher_redirect" and err.value.permanent
    assert elsewhere.calls == 0  # the key never travelled on


async def test_a_name_is_resolved_once_and_only_allowed_addresses_are_connected() -> None:
    """localhost resolves to loopback: refused by the resolver unless loopback's network is listed."""
    with LoopbackTeacher() as srv:
        url = f"http://localhost:{srv.port}/v1"
        for networks, ok in (([], False), (["127.0.0.0/8", "::1/128"], True)):
            policy = EgressPolicy(["http://localhost:*"], networks)
            teacher = OpenAITeacher(
                "m", base_url=url, api_key=None, timeout_s=5, max_retries=0, egress=policy
            )
            try:
                if ok:
                    assert (await teacher.complete(REQUEST)).text
                else:
                    with pytest.raises(TeacherError) as err:
                        await teacher.complete(REQUEST)
                    assert err.value.reason == "egress_refused"
            finally:
                await teacher.aclose()
    assert srv.calls == 1
