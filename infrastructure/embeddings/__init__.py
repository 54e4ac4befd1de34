"""Embedding adapters (the knowledge context's Embedder port) and the factory that picks one per chatbot."""
