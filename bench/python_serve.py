#!/usr/bin/env python3
"""The `advc serve` round trip from Python against the in-process call, on the same batch.

    node dist/bench/generate.js ktae-661k /tmp/ktae-661k.safetensors
    PYTHONPATH=python python3 bench/python_serve.py /tmp/ktae-661k.safetensors --backends cpu,webgpu

Times, after warm-up and in turns (one call of each subject per round), on torch CPU tensors (int32 ids and
mask, float32 rewards): `advc.load(estimator)` in this process, and `client.run(estimator, batch)` through
`advc.serve(backend=...)` for each backend asked for: the frame out, the server's run, the frame back.
Prints one JSON line per subject and a summary; the outputs are compared with the in-process ones.
"""
import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import torch_baselines as tb  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

import advc  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", help="safetensors batch (node dist/bench/generate.js ktae-661k FILE)")
    ap.add_argument("--estimator", default="ktae")
    ap.add_argument("--backends", default="cpu", help="comma-separated advc serve backends (cpu, webgpu)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--warmup-ms", type=float, default=500.0)
    args = ap.parse_args(argv)

    t = tb.read_safetensors(args.batch)
    batch = {
        "responses": t["responses"].to(torch.int32),
        "response_mask": t["response_mask"].to(torch.int32),
        "token_level_rewards": t["token_level_rewards"].to(torch.float32),
        "index": t["index"].to(torch.int32),
    }
    B, T = batch["responses"].shape
    est = advc.load(args.estimator)
    subjects = {"in_process": lambda: est(batch, outputs=["advantages"])["advantages"]}
    servers = []
    try:
        for backend in args.backends.split(","):
            ctx = advc.serve(backend=backend)
            client = ctx.__enter__()
            servers.append(ctx)
            subjects[f"serve_{backend}"] = lambda client=client: client.run(args.estimator, batch, outputs=["advantages"])["advantages"]
        want = subjects["in_process"]().numpy()
        mask = batch["response_mask"].numpy()
        for fn in subjects.values():
            tb.time_runs(fn, args.warmup, 0, args.warmup_ms)
        runs = {name: [] for name in subjects}
        for _ in range(args.repeat):
            for name, fn in subjects.items():
                runs[name] += tb.time_runs(fn, 0, 1)
        medians = {}
        for name, fn in subjects.items():
            got = fn().numpy()
            agree = float(((np.abs(got - want) <= 2e-4 + 2e-4 * np.abs(want)) | (mask == 0)).mean() * 100)
            medians[name] = statistics.median(runs[name])
            print(json.dumps({"subject": name, "estimator": args.estimator, "B": B, "T": T, "wall_ms_median": medians[name],
                              "wall_ms_min": min(runs[name]), "runs_ms": [round(r, 2) for r in runs[name]], "agree_pct": agree}))
    finally:
        for ctx in servers:
            ctx.__exit__(None, None, None)
    base = medians["in_process"]
    print(json.dumps({"summary": {f"{k}_over_in_process": round(v / base, 2) for k, v in medians.items() if k != "in_process"}, "medians_ms": medians}))


if __name__ == "__main__":
    main()
