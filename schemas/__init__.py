"""Marshmallow schemas for every request and response of the API (and the OpenAPI document)."""
