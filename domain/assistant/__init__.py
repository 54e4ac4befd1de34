"""The assistant: the reply pipeline (language, sentiment, intent, handoff rules, FAQ cache, retrieval,
prompt, model, tools) that answers a visitor's message."""
