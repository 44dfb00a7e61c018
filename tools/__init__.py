"""The maintainer's tools around the spec (generator/ only generates):

- ``docs_check``: compare captured docs pages with the spec (``make docs-check``);
- ``docs_page``: read a captured page (text or HTML) into fields;
- ``api_diff``: release notes between two versions of the spec (``make release-notes``);
- ``recordings``: load the contract-test recordings; ``record``: refresh them from the
  live API (``make record``); ``coverage``: the operation x state table of them.
"""
