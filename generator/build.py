"""Generate generated/musicapi_client_generated from spec/musicapi.yaml, deterministically.

Steps, all offline and into an empty scratch directory:
1. validate the spec (openapi-spec-validator);
2. openapi-python-client, with the templates in ``generator/opc-templates`` -> ``_http/``,
   the endpoint layer (the modules its templates leave empty, its own models, client and
   types, are dropped);
3. datamodel-code-generator -> ``models.py`` (the public pydantic v2 types);
4. generator/render.py -> ``operations.py``, ``resources.py``, ``client.py``, ``__init__.py``,
   and ``api.md`` (the API reference, beside the package);
5. a copy of the spec as ``openapi.json`` (the mock server serves from it);
   the generators of steps 2-4 read it without the ``x-vendor-sdk-only`` parts;
6. ruff (pinned, ``--isolated``) formats everything, a header marks every file;
7. the tree replaces generated/musicapi_client_generated, or, with ``check``, is compared with it.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

from openapi_spec_validator import validate

from generator import render, split
from generator import spec as spec_mod

ROOT = spec_mod.ROOT
SPEC = spec_mod.SPEC_PATH
GENERATED = ROOT / "generated"
PACKAGE = "musicapi_client_generated"
OPC_CONFIG = Path(__file__).resolve().parent / "opc-config.yml"
OPC_TEMPLATES = Path(__file__).resolve().parent / "opc-templates"
HEADER = "# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.\n"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "Jinja2")


class GenerationError(RuntimeError):
    """A generation step failed; the message carries the tool's output."""


def _run(args: list[str], cwd: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    env.pop("RUFF_CACHE_DIR", None)
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(args[:2])} failed:\n{done.stdout}\n{done.stderr}")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def datamodel_codegen_args() -> list[str]:
    """The [tool.datamodel-codegen] table of pyproject.toml as command-line flags."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    args: list[str] = []
    for key, value in config["tool"]["datamodel-codegen"].items():
        if value is True:
            args.append(f"--{key}")
        elif value is False:
            continue  # a switch is off unless given; it takes no value
        elif isinstance(value, list):
            args += [f"--{key}", *map(str, value)]
        else:
            args += [f"--{key}", str(value)]
    return args


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(spec_text: bytes) -> str:
    """generated/GENERATION.yml: what produced the committed tree (no timestamps)."""
    lines = [
        "# Written by generator/build.py. Compared by tests/generator/test_regenerate.py.",
        "spec: spec/musicapi.yaml",
        f"spec_sha256: {hashlib.sha256(spec_text).hexdigest()}",
        f"opc_config_sha256: {_sha256(OPC_CONFIG)}",
        "templates_sha256:",
    ]
    for template in sorted([*render.TEMPLATES.glob("*.jinja"), *OPC_TEMPLATES.glob("*.jinja")]):
        lines.append(f"  {template.parent.name}/{template.name}: {_sha256(template)}")
    lines.append("tools:")
    for tool in TOOLS:
        lines.append(f"  {tool}: {metadata.version(tool)}")
    return "\n".join(lines) + "\n"


def generate_into(target: Path, spec_path: Path = SPEC) -> None:
    """Write a fresh generated tree (the package + GENERATION.yml) under ``target``."""
    spec_text = spec_path.read_bytes()
    spec = spec_mod.load(spec_path)
    validate(spec)
    client_spec = spec_mod.client_spec(spec)
    with tempfile.TemporaryDirectory(prefix="musicapi-gen-") as scratch_name:
        scratch = Path(scratch_name)
        # The generators read the client's part of the spec (JSON is YAML; the name is the
        # spec's own, which datamodel-code-generator writes into its header).
        (scratch / "input").mkdir()
        generator_input = scratch / "input" / SPEC.name
        generator_input.write_text(json.dumps(client_spec, ensure_ascii=False), encoding="utf-8")
        package = scratch / PACKAGE
        package.mkdir()
        _run(
            [
                tool("openapi-python-client"),
                "generate",
                "--path",
                str(generator_input),
                "--meta",
                "none",
                "--config",
                str(OPC_CONFIG),
                "--output-path",
                str(package / "_http"),
                "--custom-template-path",
                str(OPC_TEMPLATES),
                "--fail-on-warning",
            ],
            cwd=scratch,
        )
        _drop_empty(package / "_http")
        _run(
            [
                tool("datamodel-codegen"),
                "--input",
                str(generator_input),
                "--output",
                str(package / "models.py"),
                *datamodel_codegen_args(),
            ],
            cwd=scratch,
        )
        split.split(package / "models.py", client_spec)  # one models module per family
        render.render(client_spec, package)
        (package / "openapi.json").write_text(
            json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (package / "py.typed").write_text("", encoding="utf-8")
        ruff = [tool("ruff")]
        common = ["--isolated", "--target-version", "py311", "--line-length", "100"]
        _run([*ruff, "check", "--fix-only", "--select", "I,F401,UP", *common, "."], cwd=package)
        _run([*ruff, "format", *common, "."], cwd=package)
        for source in sorted(package.rglob("*")):
            if source.is_dir() and source.name in {"__pycache__", ".ruff_cache"}:
                shutil.rmtree(source)
        for source in sorted(package.rglob("*.py")):
            text = source.read_text(encoding="utf-8")
            source.write_text(HEADER + text, encoding="utf-8")
        target.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target / PACKAGE, ignore_errors=True)
        shutil.copytree(package, target / PACKAGE)
        shutil.copyfile(scratch / render.API_REFERENCE, target / render.API_REFERENCE)
    (target / "GENERATION.yml").write_text(manifest(spec_text), encoding="utf-8")


def _drop_empty(root: Path) -> None:
    """Remove the modules openapi-python-client rendered empty, and folders left empty."""
    for path in sorted(root.rglob("*.py")):
        if not path.read_text(encoding="utf-8").strip():
            path.unlink()
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if folder.name == ".ruff_cache" or not any(folder.iterdir()):
            shutil.rmtree(folder)


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, exist only on one side, or differ in content."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in fresh output)" for name in cmp.left_only)
        found.extend(f"{prefix}{name} (only in generated/)" for name in cmp.right_only)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                found.append(f"{prefix}{name}")
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache", ".mypy_cache"]
    walk(filecmp.dircmp(str(expected), str(actual), ignore=ignore), "")
    return sorted(found)
