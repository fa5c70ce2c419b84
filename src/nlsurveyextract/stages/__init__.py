"""The NLP stages, one spaCy component each, in the order they run."""
