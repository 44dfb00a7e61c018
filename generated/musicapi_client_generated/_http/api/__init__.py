# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""One package per spec tag (docs section), one module per endpoint."""
