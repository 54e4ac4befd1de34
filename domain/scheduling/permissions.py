"""What the scheduling context lets members and API keys do."""

from domain.access import declare

SCHEDULING_READ = declare("scheduling:read", operator=True, api_key=True)
SCHEDULING_WRITE = declare("scheduling:write", api_key=True)
BOOKINGS_WRITE = declare("bookings:write", operator=True, api_key=True)  # book, move and cancel meetings
