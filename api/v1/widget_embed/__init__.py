"""The widget's delivery: the embed script, its assets and the preview page."""

from api.v1.widget_embed.controllers import EmbedController, WidgetAssetController, WidgetPreviewController

ROUTES = [EmbedController, WidgetAssetController, WidgetPreviewController]
