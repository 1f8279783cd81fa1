"""The mediflow Python SDK: typed sync and async clients over the whole REST API.

    from mediflow.client import Client
    with Client("http://127.0.0.1:8000", api_key="mfk_...") as api:
        job = api.create_job({"n_samples": 20, "teacher": {"backend": "openai", "model": "gpt-4o-mini"}})
        job = api.wait_job(job.id)

Requests and answers are the service's own pydantic schemas (``mediflow.schemas``).
"""

from mediflow.client.aio import AsyncClient
from mediflow.client.errors import ApiError
from mediflow.client.operations import OPERATIONS
from mediflow.client.sync import Client

__all__ = ["OPERATIONS", "ApiError", "AsyncClient", "Client"]
