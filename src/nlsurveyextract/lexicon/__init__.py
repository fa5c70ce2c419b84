"""Dutch language data: every word list and number table once, with where it comes from."""
