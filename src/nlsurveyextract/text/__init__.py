"""Reading a parsed Doc: noun phrases and clauses over a fallible parse; knows nothing of percentages."""
