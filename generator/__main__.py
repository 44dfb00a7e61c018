"""``python -m generator`` (make generate) and ``python -m generator --check``."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from generator import unasync
from generator.build import GENERATED, GenerationError, generate_into, tool, tree_differences


def main(argv: list[str] | None = None) -> int:
    """Regenerate generated/, or with --check report what regenerating would change."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, never write")
    parser.add_argument("--out", type=Path, default=GENERATED, help="target directory")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="musicapi-check-") as fresh:
                generate_into(Path(fresh))
                diffs = tree_differences(Path(fresh), args.out)
            diffs += [
                str(path.relative_to(unasync.ROOT))
                for path, text in unasync.render_twins(tool("ruff")).items()
                if not path.is_file() or path.read_text(encoding="utf-8") != text
            ]
            if diffs:
                print("generated code is out of date; run `make generate`. Differing files:")
                print("\n".join(f"  {d}" for d in diffs))
                return 1
            seconds = time.perf_counter() - started
            print(f"generated/ and the sync twin are up to date ({seconds:.1f} s)")
            return 0
        generate_into(args.out)
        if args.out == GENERATED:  # the project's own tree: its sync twin too
            for path, text in unasync.render_twins(tool("ruff")).items():
                path.write_text(text, encoding="utf-8")
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"generated into {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
