#!/usr/bin/env python3
"""advc from Python in the trainer's own process, against vectorized PyTorch KTAE in the same process.

    node dist/bench/generate.js ktae-661k /tmp/ktae-661k.safetensors
    PYTHONPATH=python python3 bench/python_inprocess.py /tmp/ktae-661k.safetensors --advc-bench

Times, after warm-up and in turns (one call of each subject per round), on torch CPU tensors: `advc.load("ktae")` called on int32 tensors (read in place), the
same as verl holds its batch (int64 ids and mask, string uids: converted per call), and
bench/torch_baselines.py's ktae_vectorized; with --advc-bench also `advc bench ktae --backend cpu` on the same
file (another process, run after). Prints one JSON line per subject and a summary with the ratios. The
outputs are compared with the PyTorch ones (the fixtures' tolerance) so a fast wrong answer shows.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import torch_baselines as tb  # noqa: E402  (sets OMP_WAIT_POLICY before torch loads)

import numpy as np  # noqa: E402
import torch  # noqa: E402

import advc  # noqa: E402


def agree(got, want, mask):
    ok = (np.abs(got - want) <= 2e-4 + 2e-4 * np.abs(want)) | (mask == 0)
    return float(ok.mean() * 100)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", help="safetensors batch (node dist/bench/generate.js ktae-661k FILE)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--warmup-ms", type=float, default=500.0)
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="threads for torch and advc (default: all cores)")
    ap.add_argument("--advc-bench", action="store_true", help="also run `advc bench ktae --backend cpu` on the batch")
    args = ap.parse_args(argv)

    torch.set_num_threads(args.threads)
    t = tb.read_safetensors(args.batch)
    Y32 = t["responses"].to(torch.int32)
    M32 = t["response_mask"].to(torch.int32)
    R = t["token_level_rewards"].to(torch.float32)
    index = t["index"].to(torch.int64)
    B, T = Y32.shape
    est = advc.load("ktae", threads=args.threads)
    subjects = {
        "torch_ktae_vectorized": lambda: tb.ktae_vectorized(R, Y32, M32.to(torch.float32), index)[0],
        "advc_ktae_int32": lambda: est({"responses": Y32, "response_mask": M32, "token_level_rewards": R, "index": index.to(torch.int32)})["advantages"],
    }
    uids = np.array([f"uid-{int(i)}" for i in index], dtype=object)
    verl = {"responses": Y32.to(torch.int64), "response_mask": M32.to(torch.int64), "token_level_rewards": R, "uid": uids}
    subjects["advc_ktae_verl_dtypes"] = lambda: est(verl)["advantages"]
    want = subjects["torch_ktae_vectorized"]().numpy()
    mask = M32.numpy()
    # warm every subject up, then time them in turns: on a shared machine each sees the same spells of load
    for fn in subjects.values():
        tb.time_runs(fn, args.warmup, 0, args.warmup_ms)
    all_runs = {name: [] for name in subjects}
    for _ in range(args.repeat):
        for name, fn in subjects.items():
            all_runs[name] += tb.time_runs(fn, 0, 1)
    medians, mins = {}, {}
    for name, fn in subjects.items():
        runs = all_runs[name]
        medians[name], mins[name] = statistics.median(runs), min(runs)
        print(json.dumps({"subject": name, "B": B, "T": T, "tokens": int(mask.sum()), "threads": args.threads,
                          "wall_ms_median": medians[name], "wall_ms_min": mins[name], "runs_ms": [round(r, 3) for r in runs],
                          "agree_pct": agree(fn().numpy(), want, mask)}))
    if args.advc_bench:
        root = HERE.parent
        r = subprocess.run(["node", str(root / "dist/cli/main.js"), "bench", "ktae", "--batch", args.batch, "--backend", "cpu",
                            "--repeat", str(args.repeat), "--json"], capture_output=True, text=True, check=True)
        row = json.loads(r.stdout.strip().splitlines()[-1])
        medians["advc_bench_cpu"], mins["advc_bench_cpu"] = row["wall_ms_median"], row["wall_ms_min"]
        print(json.dumps({"subject": "advc_bench_cpu", **row}))
    torch_ms = medians["torch_ktae_vectorized"]
    summary = {f"{k}_vs_torch": round(torch_ms / v, 2) for k, v in medians.items() if k.startswith("advc_ktae")}
    if "advc_bench_cpu" in medians and medians["advc_bench_cpu"]:
        summary.update({f"{k}_over_advc_bench": round(v / medians["advc_bench_cpu"], 2) for k, v in medians.items() if k.startswith("advc_ktae")})
    # minima too: on a shared machine the fastest run is the one least disturbed by other work
    summary.update({f"{k}_vs_torch_min": round(mins["torch_ktae_vectorized"] / v, 2) for k, v in mins.items() if k.startswith("advc_ktae")})
    print(json.dumps({"summary": summary, "medians_ms": medians, "min_ms": mins}))


if __name__ == "__main__":
    main()
