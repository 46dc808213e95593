"""Scorers and timing scripts behind `make bench`."""
