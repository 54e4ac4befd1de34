"""HTTP routes of the scheduling context."""

from api.v1.scheduling.controllers import (
    BookingController,
    CalendarController,
    ScheduleController,
    SchedulingFiguresController,
)
from api.v1.scheduling.providers import LinkWebhookController, OAuthCallbackController
from api.v1.scheduling.public import PublicBookingController

ROUTES = [CalendarController, ScheduleController, BookingController, PublicBookingController, OAuthCallbackController,
          LinkWebhookController, SchedulingFiguresController]
