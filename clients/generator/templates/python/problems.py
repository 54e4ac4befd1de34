"""Error answers as exceptions (written by clients/generator, not generated).

`Client(..., raise_on_problem=True)` (or `AuthenticatedClient`) raises `ProblemError` for every error
status instead of returning the parsed `Problem`; the exception carries the RFC 9457 problem."""

from __future__ import annotations

from typing import Any

import httpx

from .models.problem import Problem


class ProblemError(Exception):
    """The API answered with an error: `problem` is its problem+json (type, title, status, detail, errors)."""

    def __init__(self, problem: Problem, response: httpx.Response | None = None) -> None:
        self.problem = problem
        self.status_code = problem.status
        self.response = response
        super().__init__(f"{problem.status} {problem.title}" + (f": {problem.detail}" if problem.detail else ""))

    @classmethod
    def from_response(cls, response: httpx.Response) -> ProblemError:
        try:
            body = response.json()
            problem = Problem.from_dict(body) if isinstance(body, dict) and "title" in body else None
        except ValueError:
            problem = None
        if problem is None:
            problem = Problem(type_="about:blank", title=response.reason_phrase or "Error", status=response.status_code)
        return cls(problem, response)


def _raise_for_problem(response: httpx.Response) -> None:
    if response.status_code >= 400:
        response.read()
        raise ProblemError.from_response(response)


async def _araise_for_problem(response: httpx.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
        raise ProblemError.from_response(response)


def with_problem_hooks(httpx_args: dict[str, Any], enabled: bool, asynchronous: bool) -> dict[str, Any]:
    """The client's httpx arguments, plus a response hook raising ProblemError when `enabled`."""
    if not enabled:
        return httpx_args
    hooks = dict(httpx_args.get("event_hooks") or {})
    hooks["response"] = [*hooks.get("response", []), _araise_for_problem if asynchronous else _raise_for_problem]
    return {**httpx_args, "event_hooks": hooks}
