# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Contains endpoint functions for accessing the API"""
