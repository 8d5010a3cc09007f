"""``python -m bench NAME [--cards N] [--json]``: run one benchmark (or ``all``) and print figures."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bench import (
    backup,
    control,
    copies,
    destruction,
    encryption,
    foundation,
    printing,
    scanning,
    search,
    sync,
    ui,
)
from bench.common import machine

BENCHMARKS: dict[str, Any] = {
    **foundation.BENCHMARKS, **copies.BENCHMARKS, **destruction.BENCHMARKS, **backup.BENCHMARKS, **encryption.BENCHMARKS, **control.BENCHMARKS, **search.BENCHMARKS, **sync.BENCHMARKS, **ui.BENCHMARKS,
    **printing.BENCHMARKS, **scanning.BENCHMARKS,
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("name", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--cards", type=int, default=1_000_000, help="cards in the store (default 1,000,000)")
    parser.add_argument("--json", action="store_true", help="print JSON (the default output is JSON too)")
    args = parser.parse_args()
    names = list(BENCHMARKS) if args.name == "all" else [args.name]
    results = {name: BENCHMARKS[name](args.cards) for name in names}
    output = {"cards": args.cards, "machine": machine(), **(results if len(names) > 1 else {"benchmark": names[0], **results[names[0]]})}
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
