"""benelux-kg: a knowledge graph of the Benelux Union, from Dutch policy documents."""

__version__ = "0.1.0"
