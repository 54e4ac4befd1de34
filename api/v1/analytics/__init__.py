"""HTTP routes of the analytics context."""

from api.v1.analytics.controllers import AnalyticsController, WidgetTrackingController

ROUTES = [AnalyticsController, WidgetTrackingController]
