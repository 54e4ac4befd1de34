"""HTTP routes of the analytics context."""

from api.v1.analytics.controllers import (
    AnalyticsController,
    AnalyticsReportController,
    ReportLinkController,
    WidgetTrackingController,
)

ROUTES = [AnalyticsController, AnalyticsReportController, ReportLinkController, WidgetTrackingController]
