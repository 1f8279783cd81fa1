"""Which outgoing URLs and addresses the service may call (teachers, judges, weaker models, the Hub).

An outgoing call must pass two checks:
- its URL: http(s) only (https only in production), no userinfo, query or fragment, and an origin on
  the allow-list (``MEDIFLOW_EGRESS_ALLOW`` plus the origins of the operator's named teachers);
- every address its host resolves to: private, loopback, link-local, multicast, reserved and
  unspecified addresses are refused unless they lie in ``MEDIFLOW_EGRESS_PRIVATE_NETWORKS``.

The address check runs where the connection is made (the transport's resolver hands the connector only
addresses that passed), so a name that resolves differently between check and connect gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class EgressRefused(OSError):
    """An outgoing call the policy does not allow; the message names no address or port."""


@dataclass(frozen=True)
class Origin:
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


_DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_origin(url: str, *, require_https: bool = False) -> Origin:
    """The origin of an outgoing URL, or EgressRefused when its shape is not allowed."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise EgressRefused("the URL cannot be parsed") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise EgressRefused("only http and https URLs are allowed")
    if require_https and scheme != "https":
        raise EgressRefused("https is required in production")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise EgressRefused("the URL must not carry a user name or password")
    if parts.query or parts.fragment or url.rstrip().endswith(("?", "#")):
        raise EgressRefused("the URL must not carry a query or a fragment")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise EgressRefused("the URL has no host")
    return Origin(scheme, host, port or _DEFAULT_PORTS[scheme])


@dataclass(frozen=True)
class _Pattern:
    scheme: str
    host: str  # exact, or "*.example.org" for any subdomain
    port: int | None  # None: any port

    def matches(self, origin: Origin) -> bool:
        if self.scheme != origin.scheme or (self.port is not None and self.port != origin.port):
            return False
        if self.host.startswith("*."):
            return origin.host.endswith(self.host[1:])
        return self.host == origin.host


def parse_pattern(entry: str) -> _Pattern:
    """``https://api.openai.com``, ``http://127.0.0.1:*``, ``https://*.openai.azure.com:443``."""
    scheme, sep, rest = entry.strip().partition("://")
    if not sep or scheme.lower() not in _DEFAULT_PORTS or not rest or "/" in rest.rstrip("/"):
        raise ValueError(f"allow-list entry {entry!r} is not scheme://host[:port|:*]")
    rest = rest.rstrip("/")
    host, port_text = rest, ""
    if rest.startswith("["):  # [v6]:port
        host, _, tail = rest[1:].partition("]")
        port_text = tail.removeprefix(":")
    elif rest.count(":") == 1:
        host, port_text = rest.split(":")
    if port_text == "*":
        port: int | None = None
    elif port_text:
        port = int(port_text)
    else:
        port = _DEFAULT_PORTS[scheme.lower()]
    return _Pattern(scheme.lower(), host.lower(), port)


def _networks(entries: Iterable[str]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries)


def is_public(ip: IPAddress) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


class EgressPolicy:
    def __init__(
        self,
        allow: Sequence[str] = (),
        private_networks: Sequence[str] = (),
        *,
        require_https: bool = False,
    ) -> None:
        self.patterns = tuple(parse_pattern(a) for a in allow)
        self.private_networks = _networks(private_networks)
        self.require_https = require_https

    def with_origins(self, urls: Iterable[str]) -> EgressPolicy:
        """The same policy with the origins of ``urls`` allowed too (operator-declared endpoints)."""
        extra = []
        for url in urls:
            o = parse_origin(url, require_https=self.require_https)
            extra.append(f"{o.scheme}://{o.host if ':' not in o.host else f'[{o.host}]'}:{o.port}")
        copy = EgressPolicy(require_https=self.require_https)
        copy.patterns = self.patterns + tuple(parse_pattern(e) for e in extra)
        copy.private_networks = self.private_networks
        return copy

    def check_url(self, url: str) -> Origin:
        """The URL's origin if its shape and origin are allowed; else EgressRefused."""
        origin = parse_origin(url, require_https=self.require_https)
        if not any(p.matches(origin) for p in self.patterns):
            raise EgressRefused(f"{origin.scheme}://{origin.host} is not on the egress allow-list")
        return origin

    def address_allowed(self, ip: IPAddress) -> bool:
        return is_public(ip) or any(ip in net for net in self.private_networks)

    def check_addresses(self, host: str, addresses: Iterable[str]) -> list[str]:
        """The resolved addresses one may connect to; EgressRefused when none is allowed."""
        allowed = [a for a in addresses if self.address_allowed(ipaddress.ip_address(a.split("%")[0]))]
        if not allowed:
            raise EgressRefused(f"{host} resolves only to addresses that are not allowed")
        return allowed

    def resolve(self, host: str, port: int) -> list[str]:
        """Resolve once (blocking) and keep only allowed addresses; for callers without a pinned transport."""
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except socket.gaierror:
            raise EgressRefused(f"{host} cannot be resolved") from None
        return self.check_addresses(host, [str(i[4][0]) for i in infos])


def refused_in_chain(exc: BaseException) -> EgressRefused | None:
    """The EgressRefused behind a client error, if that is what stopped the call."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, EgressRefused):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
