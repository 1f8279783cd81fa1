"""A small dict-based client for the REST API (training follow, benches); the typed SDK is mediflow.client."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from mediflow.client.errors import ApiError
from mediflow.core.statuses import FINAL

__all__ = ["FINAL_STATUSES", "ApiError", "MediflowClient"]

FINAL_STATUSES = FINAL["generation_job"]


class MediflowClient:
    def __init__(
        self,
        base_url: str,
        timeout: float = 30.0,
        api_key: str | None = None,
        *,
        http: httpx.Client | None = None,
    ) -> None:
        """``http`` lets tests pass FastAPI's TestClient (an httpx.Client) in place of a real connection."""
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = http or httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, headers=headers)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MediflowClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self._http.request(method, path, **kwargs)
        if resp.status_code >= 400:
            try:
                body = resp.json()
            except ValueError:
                body = {"error": {"message": resp.text[:500]}}
            raise ApiError(resp.status_code, body)
        return resp.json()

    def ready(self) -> bool:
        try:
            return self._http.get("/readyz").status_code == 200
        except httpx.TransportError:
            return False

    def wait_ready(self, timeout_s: float = 60.0, alive: Callable[[], bool] | None = None) -> None:
        """Wait for /readyz; ``alive`` lets a caller that started the server give up when it died."""
        deadline = time.monotonic() + timeout_s
        while not self.ready():
            if alive is not None and not alive():
                raise RuntimeError("the API process exited before it was ready")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the API at {self._http.base_url} was not ready within {timeout_s:.0f}s")
            time.sleep(0.3)

    def create_job(self, body: dict[str, Any], idempotency_key: str | None = None) -> dict[str, Any]:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        return self.call("POST", "/v1/generation-jobs", json=body, headers=headers)

    def get_job(self, job_id: str) -> dict[str, Any]:
        return self.call("GET", f"/v1/generation-jobs/{job_id}")

    def report(self, job_id: str) -> dict[str, Any]:
        return self.call("GET", f"/v1/generation-jobs/{job_id}/report")

    def samples(self, job_id: str, *, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"job_id": job_id, "limit": limit}
        if status:
            params["status"] = status
        return self.call("GET", "/v1/samples", params=params)["items"]

    def wait_job(
        self,
        job_id: str,
        *,
        poll_s: float = 0.5,
        timeout_s: float | None = None,
        on_update: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            job = self.get_job(job_id)
            if on_update:
                on_update(job)
            if job["status"] in FINAL_STATUSES:
                return job
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} still {job['status']} after {timeout_s:.0f}s")
            time.sleep(poll_s)
