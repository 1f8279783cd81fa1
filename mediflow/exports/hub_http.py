"""The one HTTP client huggingface_hub uses in a mediflow process: pinned to checked addresses.

huggingface_hub makes every call (whoami, create_repo, preupload, commit, LFS batch and uploads)
through one shared ``httpx2.Client`` built by a factory it lets us replace. Ours:
- connects through ``PinnedBackend``: each connection resolves its host once with
  ``EgressPolicy.resolve`` (allowed addresses only) and opens the socket to exactly that address; TLS
  still verifies and sends SNI for the host name, and the Host header stays the name;
- checks every request's origin against the egress allow-list (the Hub endpoint is always on it);
- sends an ``Authorization`` header only to the Hub endpoint's own origin;
- follows no redirect (``max_redirects=0``: even a call that asks to follow one gets an error before a
  second request leaves), reads no proxy from the environment.
Xet uploads are turned off: ``hf_xet`` does its own networking in Rust, outside this client, so
large files go through the LFS protocol, whose requests all pass here.
"""

from __future__ import annotations

import threading
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpcore2
import httpx2

from mediflow.core.egress import EgressPolicy, EgressRefused, Origin, parse_origin

SocketOption = typing.Any  # httpcore2's SOCKET_OPTION union, passed through unchanged

_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20)  # httpx2's own defaults
# huggingface_hub's client is process-wide; pushes take turns so one never swaps it under another.
_HUB_LOCK = threading.Lock()


class PinnedBackend(httpcore2.NetworkBackend):
    """httpcore2's socket backend with the host resolved once, checked, and that address dialled."""

    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy
        self._inner = httpcore2.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore2.NetworkStream:
        addresses = self.policy.resolve(host, port)  # EgressRefused when none is allowed
        error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore2.ConnectError as exc:  # the next checked address, as a resolver would
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore2.NetworkStream:
        raise EgressRefused("unix sockets are not an allowed destination")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx2.HTTPTransport):
    """An httpx2 transport whose pool dials through ``PinnedBackend`` and whose requests are checked."""

    def __init__(self, policy: EgressPolicy, credential_origin: Origin) -> None:
        super().__init__(trust_env=False)
        # HTTPTransport takes no network backend, so its pool is rebuilt with ours (same defaults).
        self._pool = httpcore2.ConnectionPool(
            ssl_context=httpx2.create_ssl_context(trust_env=False),
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=PinnedBackend(policy),
        )
        self.policy = policy
        self.credential_origin = credential_origin

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        # The allow-list speaks of origins: the path and query of a Hub call are not its concern.
        origin = self.policy.check_url(f"{url.scheme}://{url.netloc.decode('ascii')}/")
        if "authorization" in request.headers and origin != self.credential_origin:
            raise EgressRefused("the Hub token is only sent to the Hub endpoint")
        return super().handle_request(request)


def pinned_client(policy: EgressPolicy, endpoint: str) -> httpx2.Client:
    """The client huggingface_hub gets: its usual request hook, our transport, no redirects."""
    from huggingface_hub.utils._http import hf_request_event_hook

    hub = parse_origin(endpoint, require_https=policy.require_https)
    return httpx2.Client(
        transport=PinnedTransport(policy.with_origins([endpoint]), hub),
        event_hooks={"request": [hf_request_event_hook]},
        follow_redirects=False,
        max_redirects=0,
        trust_env=False,
        timeout=None,
    )


@contextmanager
def pinned_hub(policy: EgressPolicy, endpoint: str) -> Iterator[None]:
    """Within: every huggingface_hub call of this process goes through ``pinned_client``.

    The factory stays installed afterwards (a later call is pinned too, never less guarded).
    """
    from huggingface_hub import constants, set_client_factory

    with _HUB_LOCK:
        constants.HF_HUB_DISABLE_XET = True
        set_client_factory(lambda: pinned_client(policy, endpoint))
        yield
