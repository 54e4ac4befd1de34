"""Signed outgoing webhooks: the endpoints' repository, the fan-out subscriber and the delivery adapter."""
