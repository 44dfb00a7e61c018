"""How to install an optional extra, said the same way everywhere the package asks for one.

The distribution is not on the package index yet (see the README's Install): the hint
gives the line that will work once it is, and the lines that work today.
"""

from __future__ import annotations

DISTRIBUTION = "musicapi-client"


def install_hint(extra: str) -> str:
    """``pip install 'musicapi-client[extra]'`` and where it comes from today."""
    return (
        f"pip install '{DISTRIBUTION}[{extra}]' (not on PyPI yet: from a clone, "
        f"pip install -e '.[{extra}]', or the wheel `make dist` builds, "
        f"pip install 'dist/musicapi_client-<version>-py3-none-any.whl[{extra}]')"
    )
