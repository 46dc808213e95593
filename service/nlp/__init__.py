"""The NLP backbone: English sentences, tokens, lemmas, tags and dependency trees.

`parse(text)` runs the project's trained spaCy pipeline once over an article and returns plain
dataclasses (`Parsed`), so the event layer depends on a tree, not on spaCy.
"""

from service.nlp.model import Parsed, Token
from service.nlp.pipeline import parse, pipeline, pipeline_name

__all__ = ["Parsed", "Token", "parse", "pipeline", "pipeline_name"]
