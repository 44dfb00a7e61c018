# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""The producer endpoints."""
