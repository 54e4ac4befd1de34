"""Knowledge adapters: file extraction and web loading."""
