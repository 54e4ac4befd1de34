"""HTTP routes of the tenancy context."""

from api.v1.tenancy.controllers import AuthController, SessionController, WorkspaceController

ROUTES = [AuthController, SessionController, WorkspaceController]
