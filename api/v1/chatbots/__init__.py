"""HTTP routes of the chatbots context."""

from api.v1.chatbots.controllers import ChatbotController, WidgetController

ROUTES = [ChatbotController, WidgetController]
