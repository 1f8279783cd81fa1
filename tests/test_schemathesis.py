"""Property-based fuzzing of every endpoint from the app's own OpenAPI schema, in process (ASGI).

Each generated request is sent with a valid admin key; every answer must be non-5xx, have a
documented status code and content type, and match its documented schema.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.storage.migrate import upgrade
from tests.support.auth import bearer, make_api_key

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

# schemathesis builds its tests at collection time, so the app exists then; it reads its database
# only per request, and the fixture below migrates that database before the first one.
_TMP = Path(tempfile.mkdtemp(prefix="mediflow-fuzz-"))
atexit.register(shutil.rmtree, _TMP, True)  # also when the test is collected but deselected
_SETTINGS = Settings(
    data_dir=_TMP / "data",
    database_url=f"sqlite:///{_TMP / 'fuzz.sqlite'}",
    broker_url=f"sqla+sqlite:///{_TMP / 'broker.sqlite'}",
    job_rate_burst=1000,
    post_rate_burst=1000,
    max_upload_bytes=1 << 16,
)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_SETTINGS))


@pytest.fixture(scope="module")
def admin_header() -> dict[str, str]:
    upgrade(_SETTINGS.resolved_database_url)
    return bearer(make_api_key(_SETTINGS.resolved_database_url, "admin", name="fuzzer"))


@pytest.mark.timeout(120)
@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_answers_match_the_schema(
    case: schemathesis.Case, admin_header: dict[str, str]
) -> None:
    case.call_and_validate(headers=admin_header, checks=CHECKS)
