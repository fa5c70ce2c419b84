"""Dutch language data: every word list and number table once, with where it comes from.

``numbers`` (number words, fractions), ``calendar`` (months, weekdays,
seasons), ``punctuation`` (sentence ends, quotes), ``quantities`` (units,
degree words, vague quantifiers), ``changes`` (words of rise and fall),
``function_words``, ``surveys`` (survey nouns, cue phrases, verbs of
asking), ``organisations`` (institutes, name words, titles) and
``abbreviations``.
"""
