"""HTTP routes of the scheduling context."""

from api.v1.scheduling.controllers import BookingController, CalendarController, ScheduleController
from api.v1.scheduling.public import PublicBookingController

ROUTES = [CalendarController, ScheduleController, BookingController, PublicBookingController]
