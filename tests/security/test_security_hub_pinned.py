"""Every huggingface_hub call a push makes is pinned to the address the egress policy checked.

Real loopback servers stand in for the Hub (the few endpoints a push uses) and for the place an
attacker would like the push to land: the Hub on 127.0.0.2 (the one network the policy allows) and a
second listener on 127.0.0.1 at the same port (refused), which counts every connection. The host name
tests answer name lookups themselves (``getaddrinfo`` for one made-up name), as a rebinding DNS server
would: the client under test is huggingface_hub's own, over our transport, unmodified.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mediflow.core.egress import EgressPolicy, EgressRefused
from mediflow.exports.hub import HubPushError, push_to_hub
from mediflow.exports.hub_http import PinnedTransport, pinned_hub
from mediflow.schemas.exports import HubTarget

TOKEN = "hf_pinned_token_123456"
HUB_IP, EVIL_IP = "127.0.0.2", "127.0.0.1"
POLICY = EgressPolicy(private_networks=[f"{HUB_IP}/32"])
NAME = "hub.rebind.test"


class Seen:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.connections = 0


class _Handler(BaseHTTPRequestHandler):
    seen: Seen
    route: Callable[[BaseHTTPRequestHandler, bytes], tuple[int, dict[str, str], bytes]]

    def setup(self) -> None:
        type(self).seen.connections += 1
        super().setup()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).seen.requests.append(
            {
                "method": self.command,
                "path": self.path,
                "host": self.headers.get("Host"),
                "authorization": self.headers.get("Authorization"),
                "body": body,
            }
        )
        status, headers, payload = type(self).route(self, body)
        self.send_response(status)
        for k, v in {"Content-Type": "application/json", **headers}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_HEAD = do_PUT = _serve

    def log_message(self, *args: object) -> None:
        pass


def _json(status: int, data: Any, **headers: str) -> tuple[int, dict[str, str], bytes]:
    return status, headers, json.dumps(data).encode()


def hub_route(handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, str], bytes]:
    """The Hub endpoints a push of a new dataset uses."""
    path = handler.path.split("?")[0]
    if path.startswith("/api/datasets/") and "/preupload/" in path:
        files = json.loads(body)["files"]
        return _json(
            200,
            {"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False} for f in files]},
        )
    if path.startswith("/api/datasets/") and "/commit/" in path:
        url = f"http://{handler.headers['Host']}/datasets/team/ds/commit/{'a' * 40}"
        return _json(200, {"commitUrl": url, "commitOid": "a" * 40, "pullRequestUrl": None})
    if path.startswith("/api/datasets/"):
        return _json(404, {"error": "Repository not found"}, **{"X-Error-Code": "RepoNotFound"})
    if path == "/api/validate-yaml":  # the dataset card's header
        return _json(200, {"errors": [], "warnings": []})
    if path == "/api/repos/create":
        url = f"http://{handler.headers['Host']}/datasets/team/ds"
        return _json(200, {"url": url, "name": "team/ds", "id": "1"})
    return _json(404, {"error": "not here"})


def counting_route(handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, str], bytes]:
    return _json(200, {"got": handler.path})


def serve(host: str, port: int, route: Any) -> tuple[ThreadingHTTPServer, Seen]:
    seen = Seen()
    handler = type("Handler", (_Handler,), {"seen": seen, "route": staticmethod(route)})
    server = ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


@pytest.fixture
def servers() -> Iterator[tuple[int, Seen, Seen]]:
    """The Hub on 127.0.0.2:P and a counting listener on 127.0.0.1:P (the same port)."""
    hub, hub_seen = serve(HUB_IP, 0, hub_route)
    port = hub.server_address[1]
    evil, evil_seen = serve(EVIL_IP, port, counting_route)
    yield port, hub_seen, evil_seen
    for s in (hub, evil):
        s.shutdown()
        s.server_close()


@pytest.fixture(autouse=True)
def default_hub_client() -> Iterator[None]:
    """Each test installs the pinned factory with its own policy; the process gets its default back."""
    yield
    from huggingface_hub import set_client_factory
    from huggingface_hub.utils._http import default_client_factory

    set_client_factory(default_client_factory)


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[list[str]]], list[str]]:
    """Answer lookups of NAME from a script (one answer per lookup, the last repeated)."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def install(answers: list[list[str]]) -> list[str]:
        def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            if host != NAME:
                return real(host, port, *args, **kwargs)
            ips = answers[min(len(asked), len(answers) - 1)]
            asked.append(",".join(ips))
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port))) for ip in ips]

        monkeypatch.setattr(socket, "getaddrinfo", lookup)
        return asked

    return install


def export_dir(tmp_path: Path) -> Path:
    (tmp_path / "parquet").mkdir()
    (tmp_path / "README.md").write_text("---\nlicense: other\n---\n# ds\n")
    (tmp_path / "parquet" / "train.parquet").write_bytes(b"PAR1" + b"\0" * 64 + b"PAR1")
    return tmp_path


def test_a_push_goes_through_the_pinned_client(tmp_path: Path, servers: tuple[int, Seen, Seen]) -> None:
    port, hub, evil = servers
    endpoint = f"http://{HUB_IP}:{port}"
    push_to_hub(export_dir(tmp_path), HubTarget(repo_id="team/ds"), TOKEN, endpoint, POLICY)
    calls = [(r["method"], r["path"].split("?")[0]) for r in hub.requests]
    assert ("POST", "/api/repos/create") in calls
    commit = [r for r in hub.requests if "/commit/" in r["path"]]
    assert len(commit) == 1 and b"parquet/train.parquet" in commit[0]["body"]
    assert all(r["authorization"] == f"Bearer {TOKEN}" for r in hub.requests)
    assert evil.connections == 0
    from huggingface_hub import get_session

    assert isinstance(get_session()._transport, PinnedTransport)  # what every later hub call uses


def test_a_host_resolving_to_a_refused_address_is_never_dialled(
    tmp_path: Path, servers: tuple[int, Seen, Seen]
) -> None:
    port, hub, evil = servers
    with pytest.raises(HubPushError, match="egress policy"):  # localhost is 127.0.0.1: not allowed
        push_to_hub(
            export_dir(tmp_path), HubTarget(repo_id="team/ds"), TOKEN, f"http://localhost:{port}", POLICY
        )
    assert evil.connections == 0 and hub.requests == []


def test_only_the_checked_addresses_of_a_name_are_dialled(
    tmp_path: Path, servers: tuple[int, Seen, Seen], resolver: Callable[[list[list[str]]], list[str]]
) -> None:
    port, hub, evil = servers
    asked = resolver([[EVIL_IP, HUB_IP]])  # a plain client would dial the first answer
    push_to_hub(export_dir(tmp_path), HubTarget(repo_id="team/ds"), TOKEN, f"http://{NAME}:{port}", POLICY)
    assert asked and evil.connections == 0
    assert hub.requests and all(r["host"] == f"{NAME}:{port}" for r in hub.requests)  # Host stays the name


def test_an_answer_that_changes_after_the_first_connection_is_checked_again(
    tmp_path: Path, servers: tuple[int, Seen, Seen], resolver: Callable[[list[list[str]]], list[str]]
) -> None:
    port, hub, evil = servers
    asked = resolver([[HUB_IP], [EVIL_IP]])  # DNS rebinding: honest first, then the attacker's address
    with pytest.raises(HubPushError, match="egress policy"):
        push_to_hub(
            export_dir(tmp_path), HubTarget(repo_id="team/ds"), TOKEN, f"http://{NAME}:{port}", POLICY
        )
    assert len(asked) >= 2 and len(hub.requests) >= 1  # the first connection was made, to the Hub
    assert evil.connections == 0


def test_redirects_are_not_followed_and_the_token_stays_with_the_hub() -> None:
    other, other_seen = serve(HUB_IP, 0, counting_route)  # allowed, but not the Hub
    elsewhere = f"http://{HUB_IP}:{other.server_address[1]}"
    policy = EgressPolicy([elsewhere], [f"{HUB_IP}/32"])
    redirecting, _ = serve(HUB_IP, 0, lambda h, b: (302, {"Location": f"{elsewhere}/stolen"}, b"{}"))
    endpoint = f"http://{HUB_IP}:{redirecting.server_address[1]}"
    try:
        with pytest.raises(HubPushError, match="could not push"):
            push_to_hub(Path("."), HubTarget(repo_id="team/ds"), TOKEN, endpoint, policy)
        from huggingface_hub import get_session

        with pinned_hub(policy, endpoint):
            session = get_session()
            with pytest.raises(httpx2.TooManyRedirects):  # even a call that asks to follow one
                session.get(f"{endpoint}/api/whoami-v2", follow_redirects=True)
            assert other_seen.requests == []
            with pytest.raises(EgressRefused, match="only sent to the Hub"):
                session.get(f"{elsewhere}/x", headers={"authorization": f"Bearer {TOKEN}"})
            assert other_seen.connections == 0
            assert session.get(f"{elsewhere}/x").status_code == 200  # an allowed origin, without the token
            assert other_seen.requests[0]["authorization"] is None
    finally:
        for s in (other, redirecting):
            s.shutdown()
            s.server_close()
