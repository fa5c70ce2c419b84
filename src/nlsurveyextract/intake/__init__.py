"""Bytes to clean article text: reading, header, repair, language checks. No spaCy here."""
