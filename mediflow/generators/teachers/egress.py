"""The egress guard in the teachers' transport: every connection goes to an address the policy allows.

The OpenAI client keeps its aiohttp transport (see openai_backend), built here with:
- a resolver that resolves each host once per connection and hands the connector only the addresses
  that pass ``EgressPolicy.check_addresses`` (so the checked address is the one connected to);
- no redirects (a 3xx is an error, never followed), no proxy from the environment.
The URL itself (scheme, userinfo, query, allow-list) is checked before the client is built.
"""

from __future__ import annotations

import functools
import ipaddress
import socket

import aiohttp
import httpx2
import openai
from aiohttp.abc import AbstractResolver, ResolveResult

from mediflow.core.egress import EgressPolicy, EgressRefused


class GuardedResolver(AbstractResolver):
    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy
        self._inner = aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        allowed = set(self.policy.check_addresses(host, [r["host"] for r in results]))
        return [r for r in results if r["host"] in allowed]

    async def close(self) -> None:
        await self._inner.close()


def check_literal_host(policy: EgressPolicy, host: str) -> None:
    """aiohttp never resolves an IP literal (the resolver is skipped), so literals are checked here."""
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return  # a name: the GuardedResolver checks what it resolves to
    if not policy.address_allowed(ip):
        raise EgressRefused(f"{host} is not an allowed address")


def guarded_http_client(policy: EgressPolicy, timeout_s: float) -> httpx2.AsyncClient:
    """An httpx-compatible client for the OpenAI SDK over aiohttp, behind the egress guard."""
    from openai._vendor.httpx_aiohttp.transport import AiohttpTransport

    @functools.lru_cache(maxsize=64)
    def refusal(host: str) -> EgressRefused | None:
        # The policy is fixed for this client: a host's verdict is too (parsing it was ~30 us a call).
        try:
            check_literal_host(policy, host)
        except EgressRefused as exc:
            return exc
        return None

    class GuardedTransport(AiohttpTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            if (refused := refusal(request.url.host)) is not None:
                # The SDK reports transport errors, with their cause kept.
                raise httpx2.ConnectError(str(refused), request=request) from refused
            return await super().handle_async_request(request)

    def session() -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(resolver=GuardedResolver(policy), limit=1000, use_dns_cache=False)
        return aiohttp.ClientSession(connector=connector, trust_env=False)

    client: httpx2.AsyncClient = openai.DefaultAioHttpClient(
        follow_redirects=False,
        trust_env=False,
        timeout=timeout_s,
        transport=GuardedTransport(client=session),
    )
    return client
