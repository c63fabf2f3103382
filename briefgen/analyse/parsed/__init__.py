"""The engine being rebuilt on spaCy (`--engine spacy` in the quality benchmark).

It parses with spaCy (tokens, lemmas, tags, dependencies, entities) instead of the
hand-written NLP of the default engine, and is judged by cross-validation. It is not
yet the default: on the development set it still scores below the engine it is to
replace (see benchmarks/README.md). Its steps are listed in `engine`.
"""
