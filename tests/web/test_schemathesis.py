"""A schemathesis run against the OpenAPI spec: generated requests to every route never get a 500, and every
answer matches the status codes and the schema the spec gives. Kept short (a few examples per route) so that
CI stays fast. (schemathesis' own pytest fixture loader does not run under pytest 9, hence the loop below.)"""

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    not_a_server_error, response_schema_conformance, status_code_conformance)

from dossier.web import create_app  # noqa: E402
from dossier.web.views import ROUTERS  # noqa: E402

ROUTES = sorted(route.path for router in ROUTERS for route in router.routes)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    """The spec of the app on a small store (the desk_store's content, built once for the module)."""
    from dossier.merge import merge
    from dossier.store import Store
    from tests.conftest import desk_results

    path = tmp_path_factory.mktemp("schemathesis") / "desk.duckdb"
    with Store(path) as store:
        for result in desk_results():
            store.add_result(result)
        store.write_merged(merge(store.extractions()))
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(path))


@pytest.mark.parametrize("path", ROUTES)
def test_no_server_error_and_answers_match_the_spec(api_schema, path):
    operation = api_schema.find_operation_by_label(f"GET {path.replace(':path', '')}")

    @given(case=operation.as_strategy())
    @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(checks=[not_a_server_error, status_code_conformance, response_schema_conformance])

    check()
