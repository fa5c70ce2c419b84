"""Reading a parsed Doc: a typed view of it, its tokens, noun phrases and clauses over a fallible parse."""
