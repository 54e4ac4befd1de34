"""HTTP and WebSocket routes of the conversations context."""

from api.v1.conversations.controllers import ConversationController, WidgetConversationController
from api.v1.conversations.sockets import operator_socket, visitor_socket

ROUTES = [ConversationController, WidgetConversationController, visitor_socket, operator_socket]
