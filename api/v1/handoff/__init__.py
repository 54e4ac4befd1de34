"""HTTP routes of the handoff context (the operator workspace)."""

from api.v1.handoff.console import ConsoleController
from api.v1.handoff.controllers import (
    CannedResponseController,
    HandoffController,
    HandoffSettingsController,
    OperatorController,
    TeamController,
)
from api.v1.handoff.workflows import HandoffWorkflowController, WidgetHandoffController  # noqa: E402

ROUTES = [HandoffSettingsController, TeamController, OperatorController, HandoffController, CannedResponseController,
          ConsoleController]
ROUTES += [HandoffWorkflowController, WidgetHandoffController]
