# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Contains methods for accessing the API"""
