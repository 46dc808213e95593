"""Training data (UD English-EWT, gzipped, with its licence) and config for `make model`."""
