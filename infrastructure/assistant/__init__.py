"""Adapters that connect the assistant to the other contexts (conversations, knowledge, realtime) and
run replies (in process, with a worker fallback)."""
